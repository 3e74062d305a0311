namespace Microfinance.Application.IdentityAccess.Queries.ListJobs;

public sealed class ListJobsQueryHandler(IScheduledJobs jobs) : IRequestHandler<ListJobsQuery, IReadOnlyList<ScheduledJobDto>>
{
    public Task<IReadOnlyList<ScheduledJobDto>> Handle(ListJobsQuery request, CancellationToken cancellationToken) =>
        jobs.ListAsync(cancellationToken);
}
