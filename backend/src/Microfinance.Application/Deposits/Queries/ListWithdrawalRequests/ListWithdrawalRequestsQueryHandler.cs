namespace Microfinance.Application.Deposits.Queries.ListWithdrawalRequests;

public sealed class ListWithdrawalRequestsQueryHandler(DepositReader reader)
    : IRequestHandler<ListWithdrawalRequestsQuery, PagedList<WithdrawalRequestDto>>
{
    public async Task<PagedList<WithdrawalRequestDto>> Handle(ListWithdrawalRequestsQuery q, CancellationToken cancellationToken)
    {
        var requests = await reader.WithdrawalRequestsAsync(cancellationToken);
        if (q.Status is { } status) requests = requests.Where(w => w.Status == status);
        if (q.AccountId is { } account) requests = requests.Where(w => w.AccountId == account);
        return await PagedList<WithdrawalRequestDto>.CreateAsync(requests.OrderBy(w => w.RequestedAt), q.Page, q.PageSize, cancellationToken);
    }
}
