using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>A statement line (amount signed: positive is money in) and its match, if any: the journal line, who, when, how.</summary>
public sealed record BankStatementLineDto(
    Guid Id, Guid StatementId, int LineNumber, DateOnly Date, string Label, decimal Amount, string? Reference, Guid? MatchedJournalLineId,
    Guid? MatchedBy, DateTimeOffset? MatchedAt, bool MatchedAutomatically)
{
    public static BankStatementLineDto From(BankStatementLine l) =>
        new(l.Id, l.StatementId, l.LineNumber, l.Date, l.Label, l.Amount, l.Reference, l.MatchedJournalLineId, l.MatchedBy, l.MatchedAt,
            l.MatchedAutomatically);
}
