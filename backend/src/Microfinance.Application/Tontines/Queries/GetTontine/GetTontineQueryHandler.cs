namespace Microfinance.Application.Tontines.Queries.GetTontine;

public sealed class GetTontineQueryHandler(TontineReader reader) : IRequestHandler<GetTontineQuery, TontineDto>
{
    public Task<TontineDto> Handle(GetTontineQuery q, CancellationToken cancellationToken) => reader.TontineAsync(q.Id, cancellationToken);
}
