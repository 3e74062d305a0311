namespace Microfinance.Infrastructure.Security;

public sealed class DataProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Shipped in appsettings.Development.json only; refused in Production.</summary>
    public const string DevelopmentKey = "REVWRUxPUE1FTlQtT05MWS1tZmlkLWtleS0wMTIzNDU=";

    /// <summary>Base64 of 32 random bytes; the encryption and hashing keys are derived from it.</summary>
    public string IdDocumentKey { get; set; } = "";

    public byte[] KeyBytes()
    {
        byte[] key;
        try { key = Convert.FromBase64String(IdDocumentKey); }
        catch (FormatException) { key = []; }
        return key.Length == 32
            ? key
            : throw new InvalidOperationException("DataProtection:IdDocumentKey must be base64 of 32 bytes (environment variable DataProtection__IdDocumentKey).");
    }

    public void EnsureUsable(bool isProduction)
    {
        KeyBytes();
        if (isProduction && IdDocumentKey == DevelopmentKey)
            throw new InvalidOperationException("Refusing to start in Production with the development ID-document key: set DataProtection__IdDocumentKey.");
    }
}
