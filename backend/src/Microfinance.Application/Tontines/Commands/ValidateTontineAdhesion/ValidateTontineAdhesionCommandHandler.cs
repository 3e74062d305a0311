namespace Microfinance.Application.Tontines.Commands.ValidateTontineAdhesion;

public sealed class ValidateTontineAdhesionCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, TontineReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ValidateTontineAdhesionCommand, TontineAdhesionDto>
{
    public async Task<TontineAdhesionDto> Handle(ValidateTontineAdhesionCommand r, CancellationToken cancellationToken)
    {
        var adhesion = await locks.LockAdhesionAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Adhesion", r.Id);
        // What validating means: the client's identity document is on file and was checked.
        (await db.Clients.AsNoTracking().FirstAsync(c => c.Id == adhesion.ClientId, cancellationToken)).EnsureIdentityChecked();
        adhesion.Validate(user.UserId!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AdhesionAsync(adhesion.Id, cancellationToken);
    }
}
