namespace Microfinance.Application.Deposits.Commands.OpenAccount;

/// <summary>Asks for an account for a client: Requested, or Active at once where the product allows a single-step opening.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record OpenAccountCommand(Guid ClientId, Guid ProductId) : ICommand<DepositAccountDto>;
