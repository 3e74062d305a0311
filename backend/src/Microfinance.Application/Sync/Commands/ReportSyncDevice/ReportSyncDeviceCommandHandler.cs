namespace Microfinance.Application.Sync.Commands.ReportSyncDevice;

public sealed class ReportSyncDeviceCommandHandler(SyncDevices devices, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReportSyncDeviceCommand, Unit>
{
    public async Task<Unit> Handle(ReportSyncDeviceCommand r, CancellationToken cancellationToken)
    {
        (await devices.CallersAsync(r.DeviceId, cancellationToken)).Report(user.BranchId, r.Pending, r.Refused, r.OldestPendingAt, clock.GetUtcNow());
        return Unit.Value;
    }
}
