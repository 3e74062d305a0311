namespace Microfinance.Application.Sync.Queries.ListSyncDevices;

public sealed class ListSyncDevicesQueryHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity)
    : IRequestHandler<ListSyncDevicesQuery, IReadOnlyList<SyncDeviceDto>>
{
    /// <summary>A bound on the answer: far more phones than an institution's agents carry.</summary>
    public const int MaxDevices = 1_000;

    public async Task<IReadOnlyList<SyncDeviceDto>> Handle(ListSyncDevicesQuery q, CancellationToken cancellationToken)
    {
        var devices = db.SyncDevices.AsNoTracking();
        if (user.Role == Roles.Supervisor) devices = devices.Where(d => d.BranchId == user.BranchId);
        var list = await (
            from d in devices
            join b in db.Branches on d.BranchId equals b.Id into branches
            from b in branches.DefaultIfEmpty()
            orderby d.Pending descending, d.OldestPendingAt, d.DeviceId
            select new SyncDeviceDto
            {
                DeviceId = d.DeviceId,
                UserId = d.UserId,
                BranchName = b == null ? null : b.Name,
                Pending = d.Pending,
                Refused = d.Refused,
                OldestPendingAt = d.OldestPendingAt,
                ReportedAt = d.ReportedAt,
                LastSyncedAt = d.LastSyncedAt,
            }).Take(MaxDevices).ToListAsync(cancellationToken);
        var names = await identity.GetDisplayNamesAsync(list.Select(d => d.UserId).Distinct().ToList(), cancellationToken);
        foreach (var device in list) device.UserName = names.GetValueOrDefault(device.UserId, "");
        return list;
    }
}
