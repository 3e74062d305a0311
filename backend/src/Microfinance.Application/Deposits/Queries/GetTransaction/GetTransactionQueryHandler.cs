namespace Microfinance.Application.Deposits.Queries.GetTransaction;

public sealed class GetTransactionQueryHandler(DepositReader reader)
    : IRequestHandler<GetTransactionQuery, TransactionDto>
{
    public Task<TransactionDto> Handle(GetTransactionQuery q, CancellationToken cancellationToken) => reader.TransactionAsync(q.Id, cancellationToken);
}
