using Microfinance.Application.Loans.Commands.EndOfDay;

namespace Microfinance.Application.Loans.Commands.AnnounceEndOfDay;

/// <summary>The last step of end of day: tells the SfdAdmins it is done, with its figures.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record AnnounceEndOfDayCommand(EndOfDayResult Result) : ICommand<Unit>;
