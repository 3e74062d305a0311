namespace Microfinance.Domain.Accounting;

/// <summary>
/// An unmatched journal line of a bank GL account as the matcher sees it: its signed movement (debit less credit, so money
/// in is positive as on the statement), its entry's value date and number, and the texts a reference may be found in
/// (the entry's description, the references of its movements).
/// </summary>
public sealed record BankMatchCandidate(Guid JournalLineId, DateOnly ValueDate, decimal Movement, long EntryNumber, IReadOnlyList<string> Texts)
{
    /// <summary>The statement's reference appears in the entry's texts, or is its number (with or without '#').</summary>
    public bool Mentions(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return false;
        var wanted = reference.Trim();
        return wanted.TrimStart('#') == EntryNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
               || Texts.Any(t => t.Contains(wanted, StringComparison.OrdinalIgnoreCase));
    }
}
