using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries;

/// <summary>The full schedule for given terms, before any application (a <i>devis</i>). Writes nothing.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record SimulateLoanQuery(
    decimal Principal, decimal AnnualInterestRatePercent, int NumberOfInstallments, RepaymentFrequency Frequency, InterestMethod InterestMethod,
    Amortization Amortization, DateOnly DisbursementDate, int GracePeriods = 0, decimal ProcessingFeePercent = 0) : IRequest<SimulationDto>;

public sealed class SimulateLoanQueryValidator : AbstractValidator<SimulateLoanQuery>
{
    public SimulateLoanQueryValidator(MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Principal));
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.NumberOfInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.Frequency).IsInEnum();
        RuleFor(x => x.InterestMethod).IsInEnum();
        RuleFor(x => x.Amortization).IsInEnum();
        RuleFor(x => x.GracePeriods).InclusiveBetween(0, 24);
        RuleFor(x => x.ProcessingFeePercent).InclusiveBetween(0, 20);
    }
}

public sealed class SimulateLoanQueryHandler(InstitutionProfile institution) : IRequestHandler<SimulateLoanQuery, SimulationDto>
{
    public async Task<SimulationDto> Handle(SimulateLoanQuery q, CancellationToken cancellationToken)
    {
        var terms = new LoanTerms(q.Principal, q.AnnualInterestRatePercent, q.NumberOfInstallments, q.Frequency, q.InterestMethod, q.Amortization,
            q.GracePeriods, q.ProcessingFeePercent);
        return SimulationDto.From(ScheduleCalculator.Build(terms, q.DisbursementDate, await institution.CurrencyAsync(cancellationToken)));
    }
}
