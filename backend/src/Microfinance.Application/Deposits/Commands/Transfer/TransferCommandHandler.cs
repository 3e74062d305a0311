namespace Microfinance.Application.Deposits.Commands.Transfer;

public sealed class TransferCommandHandler(AccountPostings postings, DepositReader reader)
    : IRequestHandler<TransferCommand, TransferDto>
{
    public async Task<TransferDto> Handle(TransferCommand r, CancellationToken cancellationToken)
    {
        var (entry, debit, credit) = await postings.TransferAsync(r.FromAccountId, r.ToAccountId, r.Amount, r.Reference, r.ValueDate, r.CategoryId, cancellationToken);
        return new TransferDto(entry.Id, await reader.TransactionAsync(debit.Id, cancellationToken), await reader.TransactionAsync(credit.Id, cancellationToken));
    }
}
