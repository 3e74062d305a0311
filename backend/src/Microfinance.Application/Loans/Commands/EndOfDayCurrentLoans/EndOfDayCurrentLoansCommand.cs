namespace Microfinance.Application.Loans.Commands.EndOfDayCurrentLoans;

/// <summary>Every active loan with nothing late is current through <see cref="Date"/>: no penalty, no arrears, one UPDATE.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayCurrentLoansCommand(DateOnly Date) : ICommand<int>;
