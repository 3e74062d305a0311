namespace Microfinance.Application.Tontines.Commands.OpenTontine;

public sealed class OpenTontineCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, TontineReader reader)
    : IRequestHandler<OpenTontineCommand, TontineDto>
{
    public async Task<TontineDto> Handle(OpenTontineCommand r, CancellationToken cancellationToken)
    {
        var tontine = await db.Tontines.GetAsync(r.Id, "Tontine", cancellationToken);
        tontine.Open();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.TontineAsync(tontine.Id, cancellationToken);
    }
}
