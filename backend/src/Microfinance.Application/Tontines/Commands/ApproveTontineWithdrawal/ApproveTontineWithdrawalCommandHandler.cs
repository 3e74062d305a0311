using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Tontines.Commands.ApproveTontineWithdrawal;

public sealed class ApproveTontineWithdrawalCommandHandler(IApplicationDbContext db, TontinePostings postings, TontineReader reader, Notifier notifier,
    InstitutionProfile institution, ICurrentUser user)
    : IRequestHandler<ApproveTontineWithdrawalCommand, TontineWithdrawalDto>
{
    public async Task<TontineWithdrawalDto> Handle(ApproveTontineWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var withdrawal = await postings.ApproveWithdrawalAsync(r.Id, cancellationToken);
        var names = await db.TontineParticipants.AsNoTracking().Where(p => p.Id == withdrawal.ParticipantId)
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new { p.TontineId, Client = c.FirstName + " " + c.LastName })
            .Join(db.Tontines, x => x.TontineId, t => t.Id, (x, t) => new { x.Client, Tontine = t.Name })
            .FirstAsync(cancellationToken);
        // Written in the command's transaction: the unit of work saves it with the approval.
        await notifier.ToUsersAsync([withdrawal.RequestedBy], NotificationKind.TontineWithdrawalApproved, $"/tontines/participants/{withdrawal.ParticipantId}",
            cancellationToken, new MoneyText(withdrawal.Amount, await institution.CurrencyAsync(cancellationToken)), names.Client, names.Tontine, user.DisplayName);
        return await reader.WithdrawalAsync(withdrawal.Id, cancellationToken);
    }
}
