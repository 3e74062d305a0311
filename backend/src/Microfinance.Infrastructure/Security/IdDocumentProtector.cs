using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Infrastructure.Security;

/// <summary>
/// ID document numbers: AES-256-GCM at rest (a fresh nonce each time, "v1:" + base64 of nonce|ciphertext|tag) and an
/// HMAC-SHA256 keyed hash for uniqueness and exact search. Both keys are derived (HKDF) from one configured key.
/// </summary>
public sealed class IdDocumentProtector : IIdDocumentProtector
{
    private const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public IdDocumentProtector(byte[] masterKey)
    {
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "microfinance/id-document/encryption"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "microfinance/id-document/hash"u8.ToArray());
    }

    public string Hash(string idDocumentNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(Normalize(idDocumentNumber))));

    public string Encrypt(string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + data.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize, data.Length), output.AsSpan(NonceSize + data.Length));
        return Version + Convert.ToBase64String(output);
    }

    public string Decrypt(string stored)
    {
        if (!stored.StartsWith(Version, StringComparison.Ordinal))
            throw new CryptographicException("Unknown ID document ciphertext format.");
        var input = Convert.FromBase64String(stored[Version.Length..]);
        var length = input.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plaintext);
        return Encoding.UTF8.GetString(plaintext);
    }

    private static string Normalize(string number) =>
        new(number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
