using System.Security.Cryptography;

namespace Microfinance.Infrastructure.Security;

/// <summary>
/// TOTP secrets at rest: AES-256-GCM under a key derived (HKDF, its own label) from the same configured key as the ID
/// documents (<c>DataProtection:IdDocumentKey</c>), so one key ring protects both and neither key opens the other's data.
/// </summary>
public sealed class TotpSecretProtector(byte[] masterKey)
{
    private readonly AesGcmCipher _cipher =
        new(HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "microfinance/totp-secret/encryption"u8.ToArray()));

    public string Protect(byte[] secret) => _cipher.Encrypt(Convert.ToBase64String(secret));

    public byte[] Unprotect(string stored) => Convert.FromBase64String(_cipher.Decrypt(stored));
}
