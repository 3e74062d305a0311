namespace Microfinance.Application.IdentityAccess.Queries.GetBranch;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Accountant, Roles.Auditor)]
public sealed record GetBranchQuery(Guid Id) : IRequest<BranchDto>;
