using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Infrastructure.Security;

/// <summary>
/// ID document numbers: AES-256-GCM at rest (<see cref="AesGcmCipher"/>) and an HMAC-SHA256 keyed hash for uniqueness
/// and exact search. Both keys are derived (HKDF) from one configured key.
/// </summary>
public sealed class IdDocumentProtector : IIdDocumentProtector
{
    private readonly AesGcmCipher _cipher;
    private readonly byte[] _hashKey;

    public IdDocumentProtector(byte[] masterKey)
    {
        _cipher = new AesGcmCipher(HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "microfinance/id-document/encryption"u8.ToArray()));
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "microfinance/id-document/hash"u8.ToArray());
    }

    public string Hash(string idDocumentNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(Normalize(idDocumentNumber))));

    public string Encrypt(string plaintext) => _cipher.Encrypt(plaintext);

    public string Decrypt(string stored) => _cipher.Decrypt(stored);

    private static string Normalize(string number) =>
        new(number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
