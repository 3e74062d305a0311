namespace Microfinance.Application.IdentityAccess.Queries.ListJobRuns;

public sealed class ListJobRunsQueryHandler(IScheduledJobs jobs) : IRequestHandler<ListJobRunsQuery, IReadOnlyList<JobRunDto>>
{
    public Task<IReadOnlyList<JobRunDto>> Handle(ListJobRunsQuery request, CancellationToken cancellationToken) =>
        jobs.Exists(request.Name)
            ? jobs.RunsAsync(request.Name, request.Limit, cancellationToken)
            : throw new NotFoundException("Job", request.Name);
}
