using System.Diagnostics.Metrics;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Common.Observability;

/// <summary>
/// Scoped: the business operations a command posted, by the source of their journal entries (<see cref="Accounting.LedgerPoster"/>),
/// counted on <see cref="BusinessMetrics"/> only once its unit of work commits — a refused command counts nothing, and a
/// replayed one posts nothing. Every channel's deposit is counted, a mobile-money webhook's as a teller's.
/// </summary>
public sealed class PostedOperations(BusinessMetrics metrics)
{
    private readonly List<Counter<long>> _pending = [];

    public void Add(JournalSource source)
    {
        Counter<long>? counter = source switch
        {
            JournalSource.Deposit => metrics.Deposits,
            JournalSource.Withdrawal => metrics.Withdrawals,
            JournalSource.LoanRepayment => metrics.Repayments,
            JournalSource.TontineContribution => metrics.Contributions,
            _ => null,
        };
        if (counter is not null) _pending.Add(counter);
    }

    /// <summary>After commit: what was posted is counted.</summary>
    public void Publish()
    {
        foreach (var counter in _pending) counter.Add(1);
        _pending.Clear();
    }

    public void Clear() => _pending.Clear();
}
