namespace Microfinance.Application.IdentityAccess.Commands.CreateBranch;

[Authorize(Roles.SfdAdmin)]
public sealed record CreateBranchCommand(string Code, string Name, string? Address) : ICommand<BranchDto>;
