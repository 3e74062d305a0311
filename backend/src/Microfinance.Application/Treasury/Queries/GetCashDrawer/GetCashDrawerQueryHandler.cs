namespace Microfinance.Application.Treasury.Queries.GetCashDrawer;

public sealed class GetCashDrawerQueryHandler(CashDrawerReader reader, ICurrentUser user) : IRequestHandler<GetCashDrawerQuery, CashDrawerDto>
{
    public async Task<CashDrawerDto> Handle(GetCashDrawerQuery q, CancellationToken cancellationToken)
    {
        var session = await reader.OneAsync(q.Id, cancellationToken);
        // An agent reads only their own drawers; to them another's does not exist.
        return user.Role == Roles.Agent && session.UserId != user.UserId ? throw new NotFoundException("CashDrawer", q.Id) : session;
    }
}
