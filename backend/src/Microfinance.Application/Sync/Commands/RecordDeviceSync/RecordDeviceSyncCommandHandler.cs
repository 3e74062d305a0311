namespace Microfinance.Application.Sync.Commands.RecordDeviceSync;

public sealed class RecordDeviceSyncCommandHandler(SyncDevices devices, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordDeviceSyncCommand, Unit>
{
    public async Task<Unit> Handle(RecordDeviceSyncCommand r, CancellationToken cancellationToken)
    {
        (await devices.CallersAsync(r.DeviceId, cancellationToken)).MarkSynced(user.BranchId, clock.GetUtcNow());
        return Unit.Value;
    }
}
