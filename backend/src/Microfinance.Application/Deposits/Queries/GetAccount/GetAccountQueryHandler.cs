namespace Microfinance.Application.Deposits.Queries.GetAccount;

public sealed class GetAccountQueryHandler(DepositReader reader)
    : IRequestHandler<GetAccountQuery, DepositAccountDto>
{
    public Task<DepositAccountDto> Handle(GetAccountQuery q, CancellationToken cancellationToken) => reader.AccountAsync(q.Id, cancellationToken);
}
