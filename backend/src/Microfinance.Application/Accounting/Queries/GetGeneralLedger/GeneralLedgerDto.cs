using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.GetGeneralLedger;

/// <summary>
/// A GL account's general ledger: its balance before the period, the period's debits and credits, its balance at the
/// period's end, and a page of its lines with the running balance — balances signed by the account's normal side.
/// </summary>
public sealed record GeneralLedgerDto(
    Guid GlAccountId, string Code, string Name, GlAccountType Type, DateOnly From, DateOnly To, decimal OpeningBalance, decimal TotalDebit,
    decimal TotalCredit, decimal ClosingBalance, PagedList<GeneralLedgerLineDto> Lines);
