namespace Microfinance.Application.Institutions.Commands;

/// <summary>A suspended institution's users can no longer sign in or refresh their tokens.</summary>
[Authorize(Roles.PlatformAdmin)]
public sealed record SuspendInstitutionCommand(Guid Id) : ICommand<InstitutionDto>;

[Authorize(Roles.PlatformAdmin)]
public sealed record ReactivateInstitutionCommand(Guid Id) : ICommand<InstitutionDto>;

public sealed class SetInstitutionStatusHandlers(IApplicationDbContext db)
    : IRequestHandler<SuspendInstitutionCommand, InstitutionDto>,
      IRequestHandler<ReactivateInstitutionCommand, InstitutionDto>
{
    public Task<InstitutionDto> Handle(SuspendInstitutionCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, i => i.Suspend(), cancellationToken);

    public Task<InstitutionDto> Handle(ReactivateInstitutionCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, i => i.Reactivate(), cancellationToken);

    private async Task<InstitutionDto> ChangeAsync(Guid id, Action<Institution> change, CancellationToken ct)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("Institution", id);
        change(institution);
        await db.SaveChangesAsync(ct);
        return institution.ToDto();
    }
}
