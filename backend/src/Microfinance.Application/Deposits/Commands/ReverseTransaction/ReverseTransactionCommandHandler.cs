namespace Microfinance.Application.Deposits.Commands.ReverseTransaction;

public sealed class ReverseTransactionCommandHandler(AccountPostings postings, DepositReader reader)
    : IRequestHandler<ReverseTransactionCommand, IReadOnlyList<TransactionDto>>
{
    public async Task<IReadOnlyList<TransactionDto>> Handle(ReverseTransactionCommand r, CancellationToken cancellationToken)
    {
        var reversals = await postings.ReverseAsync(r.Id, r.Reason.Trim(), cancellationToken);
        var ids = reversals.Select(t => t.Id).ToList();
        return await (await reader.TransactionsAsync(cancellationToken)).Where(t => ids.Contains(t.Id)).OrderBy(t => t.IsCredit).ToListAsync(cancellationToken);
    }
}
