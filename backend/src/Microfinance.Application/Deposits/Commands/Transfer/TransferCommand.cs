namespace Microfinance.Application.Deposits.Commands.Transfer;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record TransferCommand(Guid FromAccountId, Guid ToAccountId, decimal Amount, string? Reference = null, DateOnly? ValueDate = null, Guid? CategoryId = null)
    : ICommand<TransferDto>, IMovementFields;
