using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Tontines;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Reads rows of the institution in scope and locks them until the transaction ends (<c>SELECT … FOR UPDATE</c>): what
/// changes on money-bearing rows happens one transaction at a time. Several rows are locked in id order, so two
/// transactions touching the same rows cannot deadlock (ADR 0008).
/// </summary>
public interface IRowLocks
{
    /// <summary>One deposit account with its holder's name (what a receipt shows), in one round trip; 404 when not found.</summary>
    Task<LockedAccount> LockAccountAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Deposit accounts, in id order; the ones not found are simply absent.</summary>
    Task<IReadOnlyList<DepositAccount>> LockAccountsAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken);

    /// <summary>A loan with its installments, tracked by EF; 404 when not found.</summary>
    Task<Loan> LockLoanAsync(Guid loanId, CancellationToken cancellationToken);

    /// <summary>
    /// A loan with its installments, in one round trip, held by the ledger rows: their changed columns are written by hand
    /// at the next save (ADR 0017). For the posting services; a loan given new installments (a disbursement) is locked
    /// through <see cref="LockLoanAsync"/>. 404 when not found.
    /// </summary>
    Task<Loan> LockLoanForPostingAsync(Guid loanId, CancellationToken cancellationToken);

    /// <summary>Loans with their installments, in id order.</summary>
    Task<IReadOnlyList<Loan>> LockLoansAsync(IReadOnlyCollection<Guid> loanIds, CancellationToken cancellationToken);

    /// <summary>A payment intent (without its history, which only grows); null when the institution has none with this id.</summary>
    Task<PaymentIntent?> LockPaymentAsync(Guid paymentId, CancellationToken cancellationToken);

    Task<OrphanPayment?> LockOrphanPaymentAsync(Guid orphanId, CancellationToken cancellationToken);

    /// <summary>
    /// A tontine participant, held by the ledger rows like an account (its booklet and savings change with money), with
    /// what it paid on <paramref name="day"/>, in one round trip; 404 when not found.
    /// </summary>
    Task<LockedParticipant> LockParticipantAsync(Guid participantId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>A tontine adhesion, tracked by EF; null when not found.</summary>
    Task<TontineAdhesion?> LockAdhesionAsync(Guid adhesionId, CancellationToken cancellationToken);

    /// <summary>A cash drawer session, tracked by EF; null when not found.</summary>
    Task<CashDrawerSession?> LockCashDrawerAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// Queues transactions on a name until they end (a transaction-scoped advisory lock): for work that has no row to
    /// lock yet, such as recording something once.
    /// </summary>
    Task LockKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>The shared side of <see cref="LockKeyAsync"/>: any number of holders, but none while someone holds it exclusively.</summary>
    Task LockKeySharedAsync(string key, CancellationToken cancellationToken);

    /// <summary>A manual journal entry, tracked by EF; null when not found.</summary>
    Task<ManualEntry?> LockManualEntryAsync(Guid entryId, CancellationToken cancellationToken);
}
