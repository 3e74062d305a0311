namespace Microfinance.Application.Accounting.Commands.CloseAccountingPeriod;

public sealed class CloseAccountingPeriodCommandHandler(AccountingPeriods periods, AccountingPeriodReader reader)
    : IRequestHandler<CloseAccountingPeriodCommand, AccountingPeriodDto>
{
    public async Task<AccountingPeriodDto> Handle(CloseAccountingPeriodCommand r, CancellationToken cancellationToken) =>
        await reader.GetAsync((await periods.CloseAsync(AccountingPeriodMonth.Parse(r.Month), cancellationToken)).Month, cancellationToken);
}
