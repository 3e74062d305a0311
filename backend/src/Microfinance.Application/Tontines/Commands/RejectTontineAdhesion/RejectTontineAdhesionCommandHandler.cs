namespace Microfinance.Application.Tontines.Commands.RejectTontineAdhesion;

public sealed class RejectTontineAdhesionCommandHandler(IUnitOfWork unitOfWork, IRowLocks locks, TontineReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectTontineAdhesionCommand, TontineAdhesionDto>
{
    public async Task<TontineAdhesionDto> Handle(RejectTontineAdhesionCommand r, CancellationToken cancellationToken)
    {
        var adhesion = await locks.LockAdhesionAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Adhesion", r.Id);
        adhesion.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AdhesionAsync(adhesion.Id, cancellationToken);
    }
}
