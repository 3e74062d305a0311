namespace Microfinance.Application.Loans.Commands.EndOfDay;

/// <summary>
/// End of day for <see cref="Date"/> (today by default): late penalties per each product's rule, once per loan per day
/// (missed days caught up in order), and days in arrears. Running it twice for a day changes nothing the second time.
/// Not one transaction: the loans with something late go through the domain in batches of
/// <see cref="EndOfDayOptions.BatchSize"/>, each batch its own command (locked, posted, audited, committed), then one
/// set-based update moves every loan with nothing late to the new day; last, for the dashboards, each branch's portfolio of the day is
/// recorded, the days that are over are summed, and the SfdAdmins are told. An interrupted run is simply run again.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayCommand(DateOnly? Date = null) : IRequest<EndOfDayResult>;
