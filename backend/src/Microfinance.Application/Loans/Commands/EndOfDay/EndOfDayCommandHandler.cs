using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans.Commands.AnnounceEndOfDay;
using Microfinance.Application.Loans.Commands.EndOfDayCurrentLoans;
using Microfinance.Application.Loans.Commands.EndOfDayLateLoans;
using Microfinance.Application.Reporting.Commands.RecordDayTotals;
using Microfinance.Application.Reporting.Commands.RecordPortfolioSnapshots;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Loans.Commands.EndOfDay;

public sealed class EndOfDayCommandHandler(IMediator mediator, InstitutionProfile institution, IOptions<EndOfDayOptions> options)
    : IRequestHandler<EndOfDayCommand, EndOfDayResult>
{
    public async Task<EndOfDayResult> Handle(EndOfDayCommand request, CancellationToken cancellationToken)
    {
        var today = await institution.TodayAsync(cancellationToken);
        var date = request.Date ?? today;
        if (date > today) throw new ValidationException("date", "End of day cannot run for a future date.");

        int loans = 0, charged = 0;
        decimal total = 0;
        var after = Guid.Empty;
        while (await mediator.Send(new EndOfDayLateLoansCommand(date, after, Math.Max(1, options.Value.BatchSize)), cancellationToken) is { LastLoanId: { } last } batch)
        {
            (loans, charged, total, after) = (loans + batch.Loans, charged + batch.PenaltiesCharged, total + batch.TotalPenalties, last);
        }
        loans += await mediator.Send(new EndOfDayCurrentLoansCommand(date), cancellationToken);
        await mediator.Send(new RecordPortfolioSnapshotsCommand(date), cancellationToken);
        await mediator.Send(new RecordDayTotalsCommand(), cancellationToken);
        var result = new EndOfDayResult(date, loans, charged, total);
        await mediator.Send(new AnnounceEndOfDayCommand(result), cancellationToken);
        return result;
    }
}
