using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Tontines.Commands.ApproveTontineWithdrawal;

public sealed class ApproveTontineWithdrawalCommandHandler(TontinePostings postings, TontineReader reader, Notifier notifier,
    InstitutionProfile institution, ICurrentUser user)
    : IRequestHandler<ApproveTontineWithdrawalCommand, TontineWithdrawalDto>
{
    public async Task<TontineWithdrawalDto> Handle(ApproveTontineWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var withdrawal = await postings.ApproveWithdrawalAsync(r.Id, cancellationToken);
        var approved = await reader.WithdrawalAsync(withdrawal.Id, cancellationToken);
        // Written in the command's transaction: the unit of work saves it with the approval.
        await notifier.ToUsersAsync([withdrawal.RequestedBy], NotificationKind.TontineWithdrawalApproved, $"/tontines/participants/{withdrawal.ParticipantId}",
            cancellationToken, new MoneyText(withdrawal.Amount, await institution.CurrencyAsync(cancellationToken)), approved.ClientName, approved.TontineName,
            user.DisplayName);
        return approved;
    }
}
