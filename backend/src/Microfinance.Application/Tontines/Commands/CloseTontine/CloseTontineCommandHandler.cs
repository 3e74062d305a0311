using Microfinance.Application.Common.Money;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Commands.CloseTontine;

public sealed class CloseTontineCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, TontineReader reader, InstitutionProfile institution)
    : IRequestHandler<CloseTontineCommand, TontineDto>
{
    public async Task<TontineDto> Handle(CloseTontineCommand r, CancellationToken cancellationToken)
    {
        var tontine = await db.Tontines.GetAsync(r.Id, "Tontine", cancellationToken);
        tontine.Close();
        // Each participant under its own lock, as a contribution takes it: none is half-way through one when it closes.
        var participantIds = await db.TontineParticipants.Where(p => p.TontineId == tontine.Id && p.Status == TontineParticipantStatus.Active)
            .Select(p => p.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        var today = await institution.TodayAsync(cancellationToken);
        foreach (var id in participantIds)
            (await locks.LockParticipantAsync(id, today, cancellationToken)).Participant.Close();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.TontineAsync(tontine.Id, cancellationToken);
    }
}
