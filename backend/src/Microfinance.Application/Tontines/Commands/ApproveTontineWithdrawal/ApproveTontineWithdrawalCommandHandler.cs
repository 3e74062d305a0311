namespace Microfinance.Application.Tontines.Commands.ApproveTontineWithdrawal;

public sealed class ApproveTontineWithdrawalCommandHandler(TontinePostings postings, TontineReader reader)
    : IRequestHandler<ApproveTontineWithdrawalCommand, TontineWithdrawalDto>
{
    public async Task<TontineWithdrawalDto> Handle(ApproveTontineWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var withdrawal = await postings.ApproveWithdrawalAsync(r.Id, cancellationToken);
        return await reader.WithdrawalAsync(withdrawal.Id, cancellationToken);
    }
}
