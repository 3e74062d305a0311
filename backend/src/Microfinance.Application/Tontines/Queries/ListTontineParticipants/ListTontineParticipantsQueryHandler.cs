using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines.Queries.ListTontineParticipants;

public sealed class ListTontineParticipantsQueryHandler(TontineReader reader, InstitutionProfile institution)
    : IRequestHandler<ListTontineParticipantsQuery, PagedList<TontineParticipantDto>>
{
    public async Task<PagedList<TontineParticipantDto>> Handle(ListTontineParticipantsQuery q, CancellationToken cancellationToken)
    {
        var participants = reader.Participants(await institution.TodayAsync(cancellationToken));
        if (q.TontineId is { } tontine) participants = participants.Where(p => p.TontineId == tontine);
        if (q.ClientId is { } client) participants = participants.Where(p => p.ClientId == client);
        if (q.AgentId is { } agent) participants = participants.Where(p => p.CollectorId == agent);
        if (q.Status is { } status) participants = participants.Where(p => p.Status == status);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var search = q.Search.Trim().ToLower();
            participants = participants.Where(p => p.ClientName.ToLower().Contains(search) || p.ClientNumber.ToLower().Contains(search));
        }
        return await reader.PageAsync(participants.OrderBy(p => p.ClientName).ThenBy(p => p.Id), q.Page, q.PageSize, cancellationToken);
    }
}
