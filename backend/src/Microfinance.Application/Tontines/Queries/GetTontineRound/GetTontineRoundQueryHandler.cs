using Microfinance.Application.Common.Money;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Queries.GetTontineRound;

public sealed class GetTontineRoundQueryHandler(IApplicationDbContext db, InstitutionProfile institution, ICurrentUser user)
    : IRequestHandler<GetTontineRoundQuery, TontineRoundDto>
{
    public async Task<TontineRoundDto> Handle(GetTontineRoundQuery q, CancellationToken cancellationToken)
    {
        var agent = q.AgentId ?? user.UserId!.Value;
        var today = await institution.TodayAsync(cancellationToken);
        var round = db.TontineParticipants.Where(p => p.CollectorId == agent && p.Status == TontineParticipantStatus.Active);
        var participants = await round.CountAsync(cancellationToken);
        var paid = await round.CountAsync(p => p.LastContributionOn == today, cancellationToken);
        var collected = await db.TontineContributions
            .Where(c => c.Date == today && round.Any(p => p.Id == c.ParticipantId))
            .SumAsync(c => c.Amount, cancellationToken);
        return new TontineRoundDto(agent, today, participants, paid, collected);
    }
}
