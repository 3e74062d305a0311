using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

/// <summary>
/// One line of a bank statement, on its bank GL account, and the journal line it is matched with, if any. The amount is
/// signed as the bank sees it: positive is money in (a credit on the statement), which matches a debit on the bank GL
/// account; negative is money out, which matches a credit. Matching moves no money: it only pairs two records.
/// </summary>
public sealed class BankStatementLine : Entity, ITenantOwned
{
    private BankStatementLine() { }

    public BankStatementLine(
        Guid institutionId, Guid glAccountId, Guid statementId, int lineNumber, DateOnly date, string label, decimal amount, string? reference,
        string fingerprint)
    {
        if (amount == 0) throw new InvalidOperationException("A statement line moves money.");
        InstitutionId = institutionId;
        GlAccountId = glAccountId;
        StatementId = statementId;
        LineNumber = lineNumber;
        Date = date;
        Label = label;
        Amount = amount;
        Reference = reference;
        Fingerprint = fingerprint;
    }

    public Guid InstitutionId { get; private set; }
    public Guid GlAccountId { get; private set; }
    /// <summary>The import that first brought the line.</summary>
    public Guid StatementId { get; private set; }
    /// <summary>Its line number in that file.</summary>
    public int LineNumber { get; private set; }
    public DateOnly Date { get; private set; }
    public string Label { get; private set; } = "";
    public decimal Amount { get; private set; }
    public string? Reference { get; private set; }
    /// <summary>What makes the line the same line in another import of the file (<see cref="FingerprintOf"/>).</summary>
    public string Fingerprint { get; private set; } = "";
    public Guid? MatchedJournalLineId { get; private set; }
    public Guid? MatchedBy { get; private set; }
    public DateTimeOffset? MatchedAt { get; private set; }
    public bool MatchedAutomatically { get; private set; }

    /// <summary>
    /// The bank account, the line's fields, and its occurrence among identical lines of the file (two equal bank fees on
    /// one day are two lines, and importing the file again finds both).
    /// </summary>
    public static string FingerprintOf(Guid glAccountId, DateOnly date, decimal amount, string? reference, string label, int occurrence)
    {
        var text = string.Join('\u001f', glAccountId.ToString("N"), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            amount.ToString("0.####", CultureInfo.InvariantCulture), reference ?? "", label, occurrence.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Whether a journal line on the bank GL account records the same movement: the same amount, on the matching side.</summary>
    public bool Fits(decimal debit, decimal credit) => Amount > 0 ? debit == Amount && credit == 0 : credit == -Amount && debit == 0;

    /// <summary>Pairs the line with a journal line of its bank GL account (the caller checked that no other line holds it).</summary>
    public void Match(Guid journalLineId, Guid journalGlAccountId, decimal debit, decimal credit, Guid by, DateTimeOffset at, bool automatically)
    {
        if (MatchedJournalLineId is not null)
            throw new DomainException("bank_line_already_matched", "This statement line is already matched; unmatch it first.");
        if (journalGlAccountId != GlAccountId)
            throw new DomainException("journal_line_other_account", "This journal line is not on the statement's bank account.");
        if (!Fits(debit, credit))
            throw new DomainException("bank_match_amount_mismatch",
                "The statement line ({0}) and the journal line ({1}) differ: money in matches a debit of the bank account and money out a credit, of the same amount.",
                Amount, debit - credit);
        MatchedJournalLineId = journalLineId;
        MatchedBy = by;
        MatchedAt = at;
        MatchedAutomatically = automatically;
    }

    public void Unmatch()
    {
        if (MatchedJournalLineId is null) throw new DomainException("bank_line_not_matched", "This statement line is not matched.");
        MatchedJournalLineId = null;
        MatchedBy = null;
        MatchedAt = null;
        MatchedAutomatically = false;
    }
}
