using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury.Queries.GetCurrentCashDrawer;

public sealed class GetCurrentCashDrawerQueryHandler(IApplicationDbContext db, CashDrawerReader reader, ICurrentUser user)
    : IRequestHandler<GetCurrentCashDrawerQuery, CurrentCashDrawerDto>
{
    public async Task<CurrentCashDrawerDto> Handle(GetCurrentCashDrawerQuery q, CancellationToken cancellationToken)
    {
        var open = await (await reader.RowsAsync(db.CashDrawerSessions.Where(s => s.UserId == user.UserId && s.Status == CashDrawerStatus.Open), cancellationToken))
            .FirstOrDefaultAsync(cancellationToken);
        var session = open is null ? null : (await reader.WithNamesAsync([open], cancellationToken))[0];
        return new CurrentCashDrawerDto(session, await reader.SettingsAsync(cancellationToken));
    }
}
