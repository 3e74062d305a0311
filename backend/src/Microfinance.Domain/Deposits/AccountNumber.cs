using System.Numerics;
using System.Text;

namespace Microfinance.Domain.Deposits;

/// <summary>
/// Readable, checkable account numbers: branch code, an 8-digit sequence and two ISO 7064 MOD 97-10 check digits
/// (as in IBANs), e.g. <c>COT-00000042-57</c>. A mistyped digit or a swap of two digits fails the check.
/// </summary>
public static class AccountNumber
{
    public static string Create(string branchCode, long sequence)
    {
        if (sequence is < 1 or > 99_999_999) throw new ArgumentOutOfRangeException(nameof(sequence));
        var body = $"{branchCode.ToUpperInvariant()}-{sequence:D8}";
        return $"{body}-{CheckDigits(body):D2}";
    }

    public static bool IsValid(string? number)
    {
        if (number is null) return false;
        var parts = number.Split('-');
        return parts.Length == 3 && parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetterOrDigit)
               && parts[1].Length == 8 && parts[1].All(char.IsAsciiDigit)
               && parts[2].Length == 2 && int.TryParse(parts[2], out var check)
               && check == CheckDigits($"{parts[0].ToUpperInvariant()}-{parts[1]}");
    }

    private static int CheckDigits(string body)
    {
        var digits = new StringBuilder();
        foreach (var c in body.Where(char.IsAsciiLetterOrDigit))
            digits.Append(char.IsAsciiDigit(c) ? (c - '0').ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString());
        digits.Append("00");
        return 98 - (int)(BigInteger.Parse(digits.ToString()) % 97);
    }
}
