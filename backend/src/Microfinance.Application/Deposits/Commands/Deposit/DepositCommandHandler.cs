namespace Microfinance.Application.Deposits.Commands.Deposit;

public sealed class DepositCommandHandler(AccountPostings postings, DepositReader reader)
    : IRequestHandler<DepositCommand, TransactionDto>
{
    public async Task<TransactionDto> Handle(DepositCommand r, CancellationToken cancellationToken)
    {
        var posted = await postings.DepositAsync(r.AccountId, r.Amount, r.Channel, r.Reference, r.ValueDate, null, r.CategoryId, cancellationToken);
        return await reader.TransactionAsync(posted, cancellationToken);
    }
}
