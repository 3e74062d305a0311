namespace Microfinance.Application.IdentityAccess.Commands.TriggerJob;

public sealed class TriggerJobCommandHandler(IScheduledJobs jobs) : IRequestHandler<TriggerJobCommand, TriggeredJobDto>
{
    public async Task<TriggeredJobDto> Handle(TriggerJobCommand request, CancellationToken cancellationToken)
    {
        if (!jobs.Exists(request.Name)) throw new NotFoundException("Job", request.Name);
        var runId = Guid.CreateVersion7();
        await jobs.TriggerAsync(request.Name, runId, cancellationToken);
        return new TriggeredJobDto(request.Name, runId);
    }
}
