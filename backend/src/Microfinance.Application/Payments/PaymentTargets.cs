using Microfinance.Domain.Common;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Deposits;
using Microfinance.Application.Loans;
using Microfinance.Application.Tontines;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Payments;

/// <summary>
/// What each purpose pays for: checked when the intent is made (so the payer is not asked for money the target cannot
/// take), and posted — through the same posting services as cash, channel MobileMoney, from the provider's clearing
/// account — when the provider confirms it. A new purpose is one case in each switch.
/// </summary>
public sealed class PaymentTargets(
    IApplicationDbContext db, IRowLocks locks, AccountPostings accounts, LoanPostings loans, TontinePostings tontines, InstitutionProfile institution)
{
    public sealed record Target(Guid ClientId, Guid BranchId);

    public async Task<Target> CheckAsync(PaymentPurpose purpose, Guid targetId, decimal amount, CancellationToken ct)
    {
        switch (purpose)
        {
            case PaymentPurpose.Deposit:
            {
                var account = await db.DepositAccounts.AsNoTracking().GetAsync(targetId, "Account", ct);
                if (account.Status != DepositAccountStatus.Active)
                    throw new DomainException("account_not_active", "Only an active account takes deposits (this one is {0}).", account.Status);
                return new Target(account.ClientId, account.BranchId);
            }
            case PaymentPurpose.AccountOpeningFee:
            {
                var account = await db.DepositAccounts.AsNoTracking().GetAsync(targetId, "Account", ct);
                if (account.Status != DepositAccountStatus.Approved)
                    throw new DomainException("account_not_approved", "The opening fee is paid to activate an approved account (this one is {0}).", account.Status);
                EnsureOpeningFee(await accounts.ProductAsync(account, ct), amount);
                return new Target(account.ClientId, account.BranchId);
            }
            case PaymentPurpose.LoanRepayment:
            {
                var loan = await db.Loans.AsNoTracking().Include(l => l.Installments).GetAsync(targetId, "Loan", ct);
                if (loan.Status != LoanStatus.Active)
                    throw new DomainException("loan_not_active", "Only an active loan takes repayments; this one is {0}.", loan.Status);
                if (amount > loan.Outstanding)
                    throw new DomainException("repayment_exceeds_outstanding", "The loan's outstanding balance is {0}; {1} is more.", loan.Outstanding, amount);
                return new Target(loan.ClientId, loan.BranchId);
            }
            case PaymentPurpose.TontineAdhesionFee:
            {
                var adhesion = await db.TontineAdhesions.AsNoTracking().GetAsync(targetId, "Adhesion", ct);
                if (adhesion.Status != TontineAdhesionStatus.Validated)
                    throw new DomainException("adhesion_not_validated", "The fee is paid once the adhesion is validated (this one is {0}).", adhesion.Status);
                var tontine = await db.Tontines.AsNoTracking().FirstAsync(t => t.Id == adhesion.TontineId, ct);
                tontine.EnsureOpen();
                if (tontine.AdhesionFee == 0)
                    throw new DomainException("no_adhesion_fee", "This tontine charges no adhesion fee; record the adhesion's payment at the counter.");
                if (amount != tontine.AdhesionFee)
                    throw new DomainException("adhesion_fee_amount", "The adhesion fee of this tontine is {0}.", tontine.AdhesionFee);
                return new Target(adhesion.ClientId, adhesion.BranchId);
            }
            case PaymentPurpose.TontineContribution:
            {
                var participant = await db.TontineParticipants.AsNoTracking().GetAsync(targetId, "Participant", ct);
                if (participant.Status != TontineParticipantStatus.Active)
                    throw new DomainException("participant_not_active", "This participant's tontine is closed: it takes no more contributions.");
                participant.DaysFor(amount);
                return new Target(participant.ClientId, participant.BranchId);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null);
        }
    }

    /// <summary>
    /// Posts what arrived for the intent (<paramref name="reference"/>: the provider's transaction id) and returns the
    /// operation's id; a business rule may refuse it (DomainException) before anything is written.
    /// </summary>
    public async Task<Guid> PostAsync(PaymentIntent intent, PaymentProvider provider, decimal amount, string? reference, CancellationToken ct)
    {
        switch (intent.Purpose)
        {
            case PaymentPurpose.Deposit:
                return (await accounts.DepositAsync(intent.TargetId, amount, Channel.MobileMoney, reference, null, provider.ClearingGlAccountId, null, ct)).Transaction.Id;
            case PaymentPurpose.AccountOpeningFee:
            {
                var (account, _) = await locks.LockAccountAsync(intent.TargetId, ct);
                EnsureOpeningFee(await accounts.ProductAsync(account, ct), amount);
                return (await accounts.ActivateAsync(account, Channel.MobileMoney, provider.ClearingGlAccountId, ct))!.Id;
            }
            case PaymentPurpose.LoanRepayment:
                return (await loans.RepayAsync(intent.TargetId, amount, await institution.TodayAsync(ct), Channel.MobileMoney, reference,
                    provider.ClearingGlAccountId, ct)).Id;
            case PaymentPurpose.TontineAdhesionFee:
            {
                var (adhesion, entry) = await tontines.PayAdhesionFeeAsync(intent.TargetId, Channel.MobileMoney, provider.ClearingGlAccountId, ct,
                    expectedFee: amount);
                return entry?.Id ?? adhesion.Id;
            }
            case PaymentPurpose.TontineContribution:
                return (await tontines.ContributeAsync(intent.TargetId, null, amount, Channel.MobileMoney, reference, provider.ClearingGlAccountId, ct))
                    .Contribution.Id;
            default:
                throw new ArgumentOutOfRangeException(nameof(intent), intent.Purpose, null);
        }
    }

    private static void EnsureOpeningFee(DepositProduct product, decimal amount)
    {
        var fee = product.OpeningFee;
        if (fee == 0)
            throw new DomainException("no_opening_fee", "This account's product has no opening fee; activate it directly.");
        if (amount != fee)
            throw new DomainException("opening_fee_amount", "The opening fee of this account is {0}.", fee);
    }
}
