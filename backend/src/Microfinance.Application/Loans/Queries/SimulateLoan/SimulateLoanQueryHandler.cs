using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.SimulateLoan;

public sealed class SimulateLoanQueryHandler(InstitutionProfile institution) : IRequestHandler<SimulateLoanQuery, SimulationDto>
{
    public async Task<SimulationDto> Handle(SimulateLoanQuery q, CancellationToken cancellationToken)
    {
        var terms = new LoanTerms(q.Principal, q.AnnualInterestRatePercent, q.NumberOfInstallments, q.Frequency, q.InterestMethod, q.Amortization,
            q.GracePeriods, q.ProcessingFeePercent);
        return SimulationDto.From(ScheduleCalculator.Build(terms, q.DisbursementDate, await institution.CurrencyAsync(cancellationToken)));
    }
}
