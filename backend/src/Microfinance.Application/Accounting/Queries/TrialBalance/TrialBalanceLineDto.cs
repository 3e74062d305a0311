using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.TrialBalance;

/// <summary><see cref="Balance"/> is signed by the account's normal side: debit-normal accounts show debit − credit.</summary>
public sealed record TrialBalanceLineDto(Guid GlAccountId, string Code, string Name, GlAccountType Type, decimal Debit, decimal Credit, decimal Balance);
