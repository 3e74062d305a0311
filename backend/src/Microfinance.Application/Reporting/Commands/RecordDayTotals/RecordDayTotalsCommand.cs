namespace Microfinance.Application.Reporting.Commands.RecordDayTotals;

/// <summary>
/// Sums, per day, the movements and ledger lines of every day that is over and not summed yet (up to yesterday in the
/// institution's calendar, whatever day the end of day runs for): the dashboards then read these and add today's live.
/// Returns the number of days summed.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record RecordDayTotalsCommand : ICommand<int>;
