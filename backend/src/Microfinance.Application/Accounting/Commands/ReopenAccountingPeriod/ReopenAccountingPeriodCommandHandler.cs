namespace Microfinance.Application.Accounting.Commands.ReopenAccountingPeriod;

public sealed class ReopenAccountingPeriodCommandHandler(AccountingPeriods periods, AccountingPeriodReader reader)
    : IRequestHandler<ReopenAccountingPeriodCommand, AccountingPeriodDto>
{
    public async Task<AccountingPeriodDto> Handle(ReopenAccountingPeriodCommand r, CancellationToken cancellationToken) =>
        await reader.GetAsync((await periods.ReopenAsync(AccountingPeriodMonth.Parse(r.Month), r.Reason, cancellationToken)).Month, cancellationToken);
}
