namespace Microfinance.Application.IdentityAccess.Queries.ListJobRuns;

/// <summary>The latest <see cref="Limit"/> runs of one job, newest first.</summary>
[Authorize(Roles.PlatformAdmin, Roles.SfdAdmin)]
public sealed record ListJobRunsQuery(string Name = "", int Limit = 20) : IRequest<IReadOnlyList<JobRunDto>>;
