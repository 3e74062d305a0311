using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// The rows every movement of money writes, kept out of EF's change tracker and written by hand at commit (ADR 0014).
/// Only the posting services (LedgerPoster, AccountPostings, LoanPostings, TontinePostings) add to it — an architecture test says so —
/// so a handler never chooses a write path.
/// </summary>
public interface ILedgerRows
{
    /// <summary>A new journal entry with its lines; its <see cref="JournalEntry.Number"/> is set when written.</summary>
    void Add(JournalEntry entry);

    /// <summary>A new statement line of a deposit account.</summary>
    void Add(AccountTransaction movement);

    /// <summary>A new repayment of a loan locked for a posting (<see cref="IRowLocks.LockLoanForPostingAsync"/>).</summary>
    void Add(LoanRepayment repayment);

    /// <summary>A new contribution of a participant locked through <see cref="IRowLocks.LockParticipantAsync"/>.</summary>
    void Add(TontineContribution contribution);
}
