namespace Microfinance.Application.Loans.Queries.GetLoanSchedule;

public sealed class GetLoanScheduleQueryHandler(LoanReader reader)
    : IRequestHandler<GetLoanScheduleQuery, IReadOnlyList<InstallmentDto>>
{
    public Task<IReadOnlyList<InstallmentDto>> Handle(GetLoanScheduleQuery q, CancellationToken cancellationToken) => reader.ScheduleAsync(q.Id, cancellationToken);
}
