namespace Microfinance.Application.Tontines.Commands.UpdateTontine;

public sealed class UpdateTontineCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, TontineReader reader)
    : IRequestHandler<UpdateTontineCommand, TontineDto>
{
    public async Task<TontineDto> Handle(UpdateTontineCommand r, CancellationToken cancellationToken)
    {
        var tontine = await db.Tontines.GetAsync(r.Id, "Tontine", cancellationToken);
        tontine.Configure(r.Name.Trim(), r.MinDailyAmount, r.MaxDailyAmount, r.AdhesionFee, r.CycleLengthDays);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.TontineAsync(tontine.Id, cancellationToken);
    }
}
