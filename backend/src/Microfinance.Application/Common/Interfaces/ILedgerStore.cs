using Microfinance.Domain.Deposits;
using Microfinance.Domain.Ledger;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>Database primitives the money path needs beyond plain queries.</summary>
public interface ILedgerStore
{
    /// <summary>
    /// Loads deposit accounts of the institution in scope and locks their rows until the transaction ends
    /// (<c>SELECT … FOR UPDATE</c>, in id order so two transfers between the same accounts cannot deadlock). What then
    /// changes on them is written at the next save, with the ledger rows (ADR 0014).
    /// </summary>
    Task<IReadOnlyList<DepositAccount>> LockAccountsAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken);

    /// <summary>
    /// Loads one deposit account of the institution in scope with its holder's name (what a receipt shows), and locks
    /// its row until the transaction ends — one round trip for the common single-account movement.
    /// </summary>
    Task<LockedAccount?> LockAccountAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>
    /// A new journal entry, with its lines, written at the next save by hand rather than by EF (ADR 0014) — first, so
    /// that the other rows of that save can refer to it. Its <see cref="JournalEntry.Number"/> is set then.
    /// </summary>
    void Add(JournalEntry entry);

    /// <summary>A new statement line, written at the next save like a journal entry. Changes to locked accounts are too.</summary>
    void Add(AccountTransaction movement);

    /// <summary>Loads a loan of the institution in scope with its installments and locks its row until the transaction ends.</summary>
    Task<Loan?> LockLoanAsync(Guid loanId, CancellationToken cancellationToken);

    /// <summary>Loads loans of the institution in scope with their installments and locks their rows, in id order.</summary>
    Task<IReadOnlyList<Loan>> LockLoansAsync(IReadOnlyCollection<Guid> loanIds, CancellationToken cancellationToken);

    /// <summary>The next number of a per-institution counter ("client", "account"), gap-free within committed work.</summary>
    Task<long> NextNumberAsync(string counter, CancellationToken cancellationToken);
}

/// <summary>A deposit account locked for this transaction, and the name of the client who holds it.</summary>
public sealed record LockedAccount(DepositAccount Account, string HolderName);
