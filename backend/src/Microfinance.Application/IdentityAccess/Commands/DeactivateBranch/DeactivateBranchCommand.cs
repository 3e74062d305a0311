namespace Microfinance.Application.IdentityAccess.Commands.DeactivateBranch;

[Authorize(Roles.SfdAdmin)]
public sealed record DeactivateBranchCommand(Guid Id) : ICommand<BranchDto>;
