using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Commands.CreateTontine;

public sealed class CreateTontineCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, TontineReader reader, TimeProvider clock)
    : IRequestHandler<CreateTontineCommand, TontineDto>
{
    public async Task<TontineDto> Handle(CreateTontineCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.Tontines.AnyAsync(t => t.Code == code, cancellationToken))
            throw new ConflictException("tontine_code_taken", "A tontine with code {0} already exists.", code);
        var tontine = new Tontine(tenant.RequiredInstitutionId, r.Name.Trim(), code, r.MinDailyAmount, r.MaxDailyAmount, r.AdhesionFee, r.CycleLengthDays,
            clock.GetUtcNow());
        db.Tontines.Add(tontine);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.TontineAsync(tontine.Id, cancellationToken);
    }
}
