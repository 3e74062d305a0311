namespace Microfinance.Application.Tontines.Queries.GetTontineParticipant;

public sealed class GetTontineParticipantQueryHandler(TontineReader reader) : IRequestHandler<GetTontineParticipantQuery, TontineParticipantDto>
{
    public Task<TontineParticipantDto> Handle(GetTontineParticipantQuery q, CancellationToken cancellationToken) => reader.ParticipantAsync(q.Id, cancellationToken);
}
