namespace Microfinance.Application.Tontines.Commands.ApproveTontineWithdrawal;

/// <summary>Approves a pending withdrawal (not by its requester) and pays it in cash out of the savings.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ApproveTontineWithdrawalCommand(Guid Id) : ICommand<TontineWithdrawalDto>;
