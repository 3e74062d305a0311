namespace Microfinance.Application.Accounting.Queries.TrialBalance;

/// <summary>Every GL account's debits, credits and balance for postings valued up to <see cref="AsOf"/> (today by default).</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record TrialBalanceQuery(DateOnly? AsOf = null) : IRequest<TrialBalanceDto>;
