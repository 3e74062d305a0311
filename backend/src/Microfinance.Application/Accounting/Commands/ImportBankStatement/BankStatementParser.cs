using System.Globalization;
using System.Text;
using FluentValidation.Results;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

/// <summary>
/// Reads a statement file with a bank's format: UTF-8 (with or without its byte-order mark), or Latin-1 when the bytes
/// are not UTF-8 (what spreadsheet exports on older Windows give); one row per line, fields split on the delimiter with
/// double quotes around a field that holds it. Blank lines are skipped. Every bad row is reported under
/// <c>lines[n]</c>, n its line number in the file.
/// </summary>
public static class BankStatementParser
{
    public const int MaxLines = 20_000;
    public const int MaxLabelLength = 300;
    public const int MaxReferenceLength = 100;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (List<ParsedStatementLine> Lines, List<ValidationFailure> Failures) Parse(byte[] content, BankStatementFormat format, string currency)
    {
        var lines = new List<ParsedStatementLine>();
        var failures = new List<ValidationFailure>();
        var rows = Decode(content).Split('\n');
        var headerSkipped = !format.HasHeader;
        for (var index = 0; index < rows.Length; index++)
        {
            var row = rows[index].TrimEnd('\r');
            if (row.Trim().Length == 0) continue;
            if (!headerSkipped)
            {
                headerSkipped = true;
                continue;
            }
            var number = index + 1;
            if (lines.Count + failures.Count >= MaxLines)
            {
                failures.Add(new ValidationFailure("File", Localizer.Format("A statement file holds at most {0} lines.", [MaxLines])));
                break;
            }
            var error = ParseRow(number, Fields(row, format.Delimiter[0]), format, currency, out var line);
            if (error is not null) failures.Add(new ValidationFailure($"Lines[{number}]", error));
            else lines.Add(line!);
        }
        if (lines.Count == 0 && failures.Count == 0)
            failures.Add(new ValidationFailure("File", Localizer.Format("The file holds no statement line.", [])));
        return (lines, failures);
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    /// <summary>The row's message in the reader's language, or null with the line when the row is good.</summary>
    private static string? ParseRow(int number, List<string> fields, BankStatementFormat format, string currency, out ParsedStatementLine? line)
    {
        line = null;
        int?[] mapped = [format.DateColumn, format.LabelColumn, format.AmountColumn, format.DebitColumn, format.CreditColumn, format.ReferenceColumn];
        var needed = mapped.Max()!.Value;
        if (fields.Count < needed)
            return Localizer.Format("Line {0}: {1} columns where the format reads column {2}.", [number, fields.Count, needed]);
        string Field(int column) => fields[column - 1].Trim();

        var dateText = Field(format.DateColumn);
        if (!DateOnly.TryParseExact(dateText, format.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Localizer.Format("Line {0}: '{1}' is not a date in the format {2}.", [number, dateText, format.DateFormat]);

        decimal amount;
        if (format.AmountColumn is { } amountColumn)
        {
            if (ParseAmount(Field(amountColumn), format.DecimalSeparator) is not { } signed)
                return Localizer.Format("Line {0}: '{1}' is not an amount.", [number, Field(amountColumn)]);
            amount = signed;
        }
        else
        {
            var (debitText, creditText) = (Field(format.DebitColumn!.Value), Field(format.CreditColumn!.Value));
            var debit = debitText.Length == 0 ? 0 : ParseAmount(debitText, format.DecimalSeparator);
            var credit = creditText.Length == 0 ? 0 : ParseAmount(creditText, format.DecimalSeparator);
            if (debit is null) return Localizer.Format("Line {0}: '{1}' is not an amount.", [number, debitText]);
            if (credit is null) return Localizer.Format("Line {0}: '{1}' is not an amount.", [number, creditText]);
            if (debit != 0 && credit != 0)
                return Localizer.Format("Line {0}: a debit and a credit on the same line.", [number]);
            // The bank's debit is money out of the account, its credit money in.
            amount = Math.Abs(credit.Value) - Math.Abs(debit.Value);
        }
        if (amount == 0) return Localizer.Format("Line {0}: the amount is zero.", [number]);
        if (!Currencies.FitsMinorUnit(amount, currency))
            return Localizer.Format("Line {0}: amounts in {1} allow {2} decimals.", [number, currency, Currencies.MinorUnits(currency)]);

        var label = Field(format.LabelColumn);
        if (label.Length == 0) return Localizer.Format("Line {0}: the label is empty.", [number]);
        if (label.Length > MaxLabelLength) return Localizer.Format("Line {0}: the label is longer than {1} characters.", [number, MaxLabelLength]);
        var reference = format.ReferenceColumn is { } referenceColumn && Field(referenceColumn) is { Length: > 0 } text ? text : null;
        if (reference?.Length > MaxReferenceLength)
            return Localizer.Format("Line {0}: the reference is longer than {1} characters.", [number, MaxReferenceLength]);

        line = new ParsedStatementLine(number, date, label, amount, reference);
        return null;
    }

    /// <summary>"-1 250 000,50" with a comma separator, "1,250,000.50" with a point: group separators and spaces are dropped.</summary>
    private static decimal? ParseAmount(string text, string decimalSeparator)
    {
        var group = decimalSeparator == "," ? "." : ",";
        var plain = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray())
            .Replace(group, "", StringComparison.Ordinal).Replace(decimalSeparator, ".", StringComparison.Ordinal);
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>A row's fields: split on the delimiter, a double-quoted field may hold it, and "" inside quotes is one quote.</summary>
    private static List<string> Fields(string row, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < row.Length && row[i + 1] == '"') field.Append(row[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
