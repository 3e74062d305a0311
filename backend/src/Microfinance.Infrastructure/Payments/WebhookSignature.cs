using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Microfinance.Infrastructure.Payments;

/// <summary>
/// <c>X-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")&gt;</c>, the scheme of the
/// sandbox and of any HMAC provider (docs/payments.md). The timestamp is signed with the body, so a captured delivery
/// cannot be replayed outside the window.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Signature";

    public static string Sign(string secret, byte[] body, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}";
    }

    /// <summary>Null when the header proves the body was signed with <paramref name="secret"/> within the window; else why not (a stable code).</summary>
    public static string? Check(string secret, string? header, byte[] body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrWhiteSpace(header)) return "signature_missing";
        string? t = null, v1 = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal)) t = part[2..];
            else if (part.StartsWith("v1=", StringComparison.Ordinal)) v1 = part[3..];
        }
        if (t is null || v1 is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return "signature_malformed";
        byte[] given;
        try
        {
            given = Convert.FromHexString(v1);
        }
        catch (FormatException)
        {
            return "signature_malformed";
        }
        // Compared before the window is looked at, in constant time, so timing tells a forger nothing either way.
        var valid = CryptographicOperations.FixedTimeEquals(given, Mac(secret, t, body));
        if (!valid) return "signature_mismatch";
        var at = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        return (now - at).Duration() > tolerance ? "timestamp_outside_window" : null;
    }

    private static byte[] Mac(string secret, string t, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes(t + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}
