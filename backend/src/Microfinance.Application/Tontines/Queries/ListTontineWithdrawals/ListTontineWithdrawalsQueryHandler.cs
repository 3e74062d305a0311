namespace Microfinance.Application.Tontines.Queries.ListTontineWithdrawals;

/// <summary>Oldest first, as every queue to decide.</summary>
public sealed class ListTontineWithdrawalsQueryHandler(TontineReader reader) : IRequestHandler<ListTontineWithdrawalsQuery, PagedList<TontineWithdrawalDto>>
{
    public Task<PagedList<TontineWithdrawalDto>> Handle(ListTontineWithdrawalsQuery q, CancellationToken cancellationToken)
    {
        var withdrawals = reader.Withdrawals();
        if (q.Status is { } status) withdrawals = withdrawals.Where(w => w.Status == status);
        if (q.ParticipantId is { } participant) withdrawals = withdrawals.Where(w => w.ParticipantId == participant);
        return reader.PageAsync(withdrawals.OrderBy(w => w.RequestedAt), q.Page, q.PageSize, cancellationToken);
    }
}
