namespace Microfinance.Application.Loans;

public sealed record LoanRepaymentDto(
    Guid Id, Guid LoanId, long Sequence, decimal Amount, DateOnly Date, Domain.Deposits.Channel Channel, string? Reference,
    decimal PenaltiesPart, decimal FeesPart, decimal InterestPart, decimal PrincipalPart, Guid JournalEntryId,
    DateTimeOffset CreatedAt, DateTimeOffset? ReversedAt, string? ReversalReason);
