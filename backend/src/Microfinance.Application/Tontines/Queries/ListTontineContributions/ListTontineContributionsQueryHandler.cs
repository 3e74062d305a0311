namespace Microfinance.Application.Tontines.Queries.ListTontineContributions;

/// <summary>A participant's contributions, newest first.</summary>
public sealed class ListTontineContributionsQueryHandler(IApplicationDbContext db, TontineReader reader)
    : IRequestHandler<ListTontineContributionsQuery, PagedList<TontineContributionDto>>
{
    public async Task<PagedList<TontineContributionDto>> Handle(ListTontineContributionsQuery q, CancellationToken cancellationToken)
    {
        if (!await db.TontineParticipants.AnyAsync(p => p.Id == q.ParticipantId, cancellationToken))
            throw new NotFoundException("Participant", q.ParticipantId);
        return await reader.PageAsync(reader.Contributions().Where(c => c.ParticipantId == q.ParticipantId).OrderByDescending(c => c.FirstCell),
            q.Page, q.PageSize, cancellationToken);
    }
}
