using Microfinance.Application.Accounting;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>A deposit product's GL accounts: the ones asked for, else the institution's mappings; each active and of the right type.</summary>
public sealed class DepositProductGlAccounts(IApplicationDbContext db, LedgerPoster ledger)
{
    public async Task<DepositProductLedger> ResolveAsync(
        DepositProductKind kind, Guid? deposits, Guid? feeIncome, Guid? interestExpense, CancellationToken ct)
    {
        var result = new DepositProductLedger(
            deposits ?? await ledger.AccountForAsync(kind == DepositProductKind.Savings ? LedgerPurpose.SavingsDeposits : LedgerPurpose.CurrentAccountDeposits, ct),
            feeIncome ?? await ledger.AccountForAsync(LedgerPurpose.OpeningFeeIncome, ct),
            interestExpense ?? await ledger.AccountForAsync(LedgerPurpose.DepositInterestExpense, ct));
        await EnsureAsync(result.DepositsGlAccountId, GlAccountType.Liability, "depositsGlAccountId", ct);
        await EnsureAsync(result.FeeIncomeGlAccountId, GlAccountType.Income, "feeIncomeGlAccountId", ct);
        await EnsureAsync(result.InterestExpenseGlAccountId, GlAccountType.Expense, "interestExpenseGlAccountId", ct);
        return result;
    }

    private async Task EnsureAsync(Guid glAccountId, GlAccountType type, string field, CancellationToken ct)
    {
        if (!await db.GlAccounts.AnyAsync(a => a.Id == glAccountId && a.Type == type && a.IsActive, ct))
            throw new ValidationException(field, "Choose an active {0} GL account of your institution.", type);
    }
}
