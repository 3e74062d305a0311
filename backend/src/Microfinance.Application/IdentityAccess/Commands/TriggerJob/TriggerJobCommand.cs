namespace Microfinance.Application.IdentityAccess.Commands.TriggerJob;

/// <summary>Runs a scheduled job now, through the scheduler: once in the cluster, recorded like any run.</summary>
[Authorize(Roles.PlatformAdmin, Roles.SfdAdmin)]
public sealed record TriggerJobCommand(string Name) : IRequest<TriggeredJobDto>;
