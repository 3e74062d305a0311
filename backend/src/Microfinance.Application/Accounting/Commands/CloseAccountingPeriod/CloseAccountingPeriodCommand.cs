namespace Microfinance.Application.Accounting.Commands.CloseAccountingPeriod;

/// <summary>Closes a month that is over (<c>yyyy-MM</c>), every earlier month being closed: nothing may be valued in it any more.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record CloseAccountingPeriodCommand(string Month) : ICommand<AccountingPeriodDto>;
