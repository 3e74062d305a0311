namespace Microfinance.Application.Reporting.Commands.RecordPortfolioSnapshots;

/// <summary>
/// Records each branch's portfolio (outstanding principal, at risk over 1, 30 and 90 days) as it stood at the end of
/// <see cref="Date"/>, replacing that day's figures if any: run by the end of day, and by the demo data for past month ends.
/// Returns the number of branches recorded.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record RecordPortfolioSnapshotsCommand(DateOnly Date) : ICommand<int>;
