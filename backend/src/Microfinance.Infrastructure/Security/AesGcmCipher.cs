using System.Security.Cryptography;
using System.Text;

namespace Microfinance.Infrastructure.Security;

/// <summary>AES-256-GCM with a fresh nonce each time: "v1:" + base64 of nonce|ciphertext|tag. What each protector encrypts with.</summary>
public sealed class AesGcmCipher(byte[] key)
{
    private const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Encrypt(string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + data.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize, data.Length), output.AsSpan(NonceSize + data.Length));
        return Version + Convert.ToBase64String(output);
    }

    public string Decrypt(string stored)
    {
        if (!stored.StartsWith(Version, StringComparison.Ordinal))
            throw new CryptographicException("Unknown ciphertext format.");
        var input = Convert.FromBase64String(stored[Version.Length..]);
        var length = input.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plaintext);
        return Encoding.UTF8.GetString(plaintext);
    }
}
