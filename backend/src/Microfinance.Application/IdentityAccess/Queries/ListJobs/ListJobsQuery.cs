namespace Microfinance.Application.IdentityAccess.Queries.ListJobs;

/// <summary>The scheduled jobs, global to every institution (the PlatformAdmin's, and an SfdAdmin's to watch).</summary>
[Authorize(Roles.PlatformAdmin, Roles.SfdAdmin)]
public sealed record ListJobsQuery : IRequest<IReadOnlyList<ScheduledJobDto>>;
