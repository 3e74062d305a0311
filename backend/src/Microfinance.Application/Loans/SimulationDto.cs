using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

public sealed record SimulationDto(IReadOnlyList<ScheduleLineDto> Installments, decimal TotalPrincipal, decimal TotalInterest, decimal TotalFees, decimal AprPercent)
{
    public static SimulationDto From(LoanSchedule schedule) => new(
        schedule.Installments.Select(i => new ScheduleLineDto(i.Number, i.DueDate, i.Principal, i.Interest, i.Fees, i.Total, i.OutstandingAfter)).ToList(),
        schedule.TotalPrincipal, schedule.TotalInterest, schedule.TotalFees, schedule.AprPercent);
}
