using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Commands.RequestTontineAdhesion;

public sealed class RequestTontineAdhesionCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, TontinePostings postings, TontineReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RequestTontineAdhesionCommand, TontineAdhesionDto>
{
    public async Task<TontineAdhesionDto> Handle(RequestTontineAdhesionCommand r, CancellationToken cancellationToken)
    {
        var tontine = await db.Tontines.AsNoTracking().GetAsync(r.TontineId, "Tontine", cancellationToken);
        var client = await db.Clients.AsNoTracking().GetAsync(r.ClientId, "Client", cancellationToken);
        if (client.Status == ClientStatus.Closed)
            throw new DomainException("client_closed", "The client is closed.");
        // Two agents recording the same client at once are served one after the other.
        await locks.LockKeyAsync($"tontine-adhesion:{tontine.Id}:{client.Id}", cancellationToken);
        await postings.EnsureNotParticipantAsync(tontine.Id, client.Id, cancellationToken);
        if (await db.TontineAdhesions.AnyAsync(a => a.TontineId == tontine.Id && a.ClientId == client.Id
                && (a.Status == TontineAdhesionStatus.Requested || a.Status == TontineAdhesionStatus.Validated), cancellationToken))
            throw new ConflictException("adhesion_pending", "The client already has an adhesion to this tontine waiting.");
        var adhesion = new TontineAdhesion(tontine, client.Id, client.BranchId, r.DailyAmount, user.UserId!.Value, clock.GetUtcNow());
        db.TontineAdhesions.Add(adhesion);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AdhesionAsync(adhesion.Id, cancellationToken);
    }
}
