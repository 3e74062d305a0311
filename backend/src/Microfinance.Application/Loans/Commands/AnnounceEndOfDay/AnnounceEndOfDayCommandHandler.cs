using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Loans.Commands.AnnounceEndOfDay;

public sealed class AnnounceEndOfDayCommandHandler(Notifier notifier, InstitutionProfile institution) : IRequestHandler<AnnounceEndOfDayCommand, Unit>
{
    public async Task<Unit> Handle(AnnounceEndOfDayCommand r, CancellationToken cancellationToken)
    {
        var result = r.Result;
        await notifier.ToRoleAsync(Roles.SfdAdmin, null, NotificationKind.EndOfDayFinished, "/", cancellationToken,
            result.Date, result.LoansProcessed, result.PenaltiesCharged, new MoneyText(result.TotalPenalties, await institution.CurrencyAsync(cancellationToken)));
        return Unit.Value;
    }
}
