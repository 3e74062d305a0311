using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Tontines.Commands.ValidateTontineAdhesion;

public sealed class ValidateTontineAdhesionCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, TontineReader reader, ICurrentUser user, Notifier notifier, TimeProvider clock)
    : IRequestHandler<ValidateTontineAdhesionCommand, TontineAdhesionDto>
{
    public async Task<TontineAdhesionDto> Handle(ValidateTontineAdhesionCommand r, CancellationToken cancellationToken)
    {
        var adhesion = await locks.LockAdhesionAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Adhesion", r.Id);
        // What validating means: the client's identity document is on file and was checked.
        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.Id == adhesion.ClientId, cancellationToken);
        client.EnsureIdentityChecked();
        adhesion.Validate(user.UserId!.Value, clock.GetUtcNow());
        var tontine = await db.Tontines.AsNoTracking().Where(t => t.Id == adhesion.TontineId).Select(t => t.Name).FirstAsync(cancellationToken);
        await notifier.ToUsersAsync([adhesion.RequestedBy], NotificationKind.TontineAdhesionValidated, "/tontines/adhesions", cancellationToken,
            client.FullName, tontine, user.DisplayName);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AdhesionAsync(adhesion.Id, cancellationToken);
    }
}
