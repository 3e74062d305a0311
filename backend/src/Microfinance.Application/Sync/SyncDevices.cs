using Microfinance.Domain.Sync;

namespace Microfinance.Application.Sync;

/// <summary>
/// The caller's row for one of their phones, created on first contact. Locked by its (user, device) key first, so a
/// report and a batch of the same phone arriving together update one row, one after the other.
/// </summary>
public sealed class SyncDevices(IApplicationDbContext db, IRowLocks locks, ICurrentUser user, ITenantContext tenant)
{
    public async Task<SyncDevice> CallersAsync(string deviceId, CancellationToken ct)
    {
        var userId = user.UserId ?? throw new UnauthorizedException();
        await locks.LockKeyAsync($"sync-device:{userId}:{deviceId}", ct);
        var device = await db.SyncDevices.FirstOrDefaultAsync(d => d.UserId == userId && d.DeviceId == deviceId, ct);
        if (device is null)
        {
            device = new SyncDevice(tenant.RequiredInstitutionId, userId, deviceId);
            db.SyncDevices.Add(device);
        }
        return device;
    }
}
