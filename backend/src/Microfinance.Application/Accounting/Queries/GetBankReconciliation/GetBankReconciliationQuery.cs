namespace Microfinance.Application.Accounting.Queries.GetBankReconciliation;

/// <summary>
/// A bank GL account's reconciliation at a date (<see cref="To"/>, today by default): the balances and what is unmatched
/// on each side; <see cref="From"/> narrows the listed lines, never the balances.
/// </summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetBankReconciliationQuery(Guid GlAccountId, DateOnly? From = null, DateOnly? To = null) : IRequest<BankReconciliationDto>;
