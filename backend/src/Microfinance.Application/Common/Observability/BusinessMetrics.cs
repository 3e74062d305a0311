using System.Diagnostics.Metrics;

namespace Microfinance.Application.Common.Observability;

/// <summary>
/// The business counters served on <c>/metrics</c> (docs/operations.md): one meter, named here once, so a dashboard's
/// metric names have a single source. Counted after the change commits, never for a refused or replayed request.
/// </summary>
public sealed class BusinessMetrics
{
    public const string MeterName = "Microfinance";

    public BusinessMetrics(IMeterFactory factory)
    {
        var meter = factory.Create(MeterName);
        Deposits = meter.CreateCounter<long>("microfinance.deposits", "{operation}", "Deposits posted");
        Withdrawals = meter.CreateCounter<long>("microfinance.withdrawals", "{operation}", "Withdrawals posted");
        Repayments = meter.CreateCounter<long>("microfinance.repayments", "{operation}", "Loan repayments posted");
        Contributions = meter.CreateCounter<long>("microfinance.contributions", "{operation}", "Tontine contributions posted");
        Webhooks = meter.CreateCounter<long>("microfinance.webhooks", "{webhook}", "Payment webhooks by outcome (received, refused, duplicate)");
        JobRuns = meter.CreateCounter<long>("microfinance.job_runs", "{run}", "Scheduled job runs by job and outcome (succeeded, failed)");
    }

    public Counter<long> Deposits { get; }
    public Counter<long> Withdrawals { get; }
    public Counter<long> Repayments { get; }
    public Counter<long> Contributions { get; }
    public Counter<long> Webhooks { get; }
    public Counter<long> JobRuns { get; }
}
