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
        (await db.Clients.AsNoTracking().FirstAsync(c => c.Id == adhesion.ClientId, cancellationToken)).EnsureIdentityChecked();
        adhesion.Validate(user.UserId!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var validated = await reader.AdhesionAsync(adhesion.Id, cancellationToken);
        // Written in the command's transaction: the unit of work saves it with the validation. Nobody is told what they just did.
        if (adhesion.RequestedBy != user.UserId)
            await notifier.ToUsersAsync([adhesion.RequestedBy], NotificationKind.TontineAdhesionValidated, "/tontines/adhesions", cancellationToken,
                validated.ClientName, validated.TontineName, user.DisplayName);
        return validated;
    }
}
