using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Queries.GetTontineBooklet;

/// <summary>The cycle's cells from the contributions that cover them: each contribution fills a run of cells, never rewritten.</summary>
public sealed class GetTontineBookletQueryHandler(IApplicationDbContext db, TontineReader reader) : IRequestHandler<GetTontineBookletQuery, BookletDto>
{
    public async Task<BookletDto> Handle(GetTontineBookletQuery q, CancellationToken cancellationToken)
    {
        var participant = await db.TontineParticipants.AsNoTracking().GetAsync(q.ParticipantId, "Participant", cancellationToken);
        var length = participant.CycleLengthDays;
        var cycleCount = participant.CurrentCycle;
        var cycle = q.Cycle ?? cycleCount;
        if (cycle > cycleCount)
            throw new ValidationException("cycle", "The booklet has {0} cycle(s).", cycleCount);
        var (first, last) = BookletArithmetic.CellsOf(cycle, length);
        var covering = await reader.Contributions()
            .Where(c => c.ParticipantId == participant.Id && c.FirstCell <= last && c.LastCell >= first)
            .ToListAsync(cancellationToken);
        await reader.WithNamesAsync(covering, cancellationToken);
        var cells = new List<BookletCellDto>(length);
        for (var cell = first; cell <= last; cell++)
        {
            var number = BookletArithmetic.PlaceInCycle(cell, length);
            var kind = BookletArithmetic.KindOf(cell, length);
            var paid = covering.FirstOrDefault(c => c.FirstCell <= cell && cell <= c.LastCell);
            cells.Add(paid is null
                ? new BookletCellDto(number, kind, null, null, null, null)
                : new BookletCellDto(number, kind, paid.Date, participant.DailyAmount, paid.CollectedByName, paid.Channel));
        }
        return new BookletDto(participant.Id, cycle, cycleCount, length, participant.DailyAmount, cells);
    }
}
