using Microfinance.Application.Common.Money;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury.Commands.OpenCashDrawer;

public sealed class OpenCashDrawerCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, InstitutionProfile institution, CashDrawerReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<OpenCashDrawerCommand, CashDrawerDto>
{
    public async Task<CashDrawerDto> Handle(OpenCashDrawerCommand r, CancellationToken cancellationToken)
    {
        var userId = user.UserId!.Value;
        // Two opens at once queue here; the unique index on the open session says it again.
        await locks.LockKeyAsync($"cash-drawer:{userId}", cancellationToken);
        if (await db.CashDrawerSessions.AnyAsync(s => s.UserId == userId && s.Status == CashDrawerStatus.Open, cancellationToken))
            throw new ConflictException("cash_drawer_already_open", "Your cash drawer is already open: close it before opening another.");
        var profile = await institution.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var session = new CashDrawerSession(profile.Id, user.BranchId, userId, profile.Today(now), now, r.Counts,
            CashCount.Total(profile.CurrencyCode, r.Counts, "counts"));
        db.CashDrawerSessions.Add(session);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.OneAsync(session.Id, cancellationToken);
    }
}
