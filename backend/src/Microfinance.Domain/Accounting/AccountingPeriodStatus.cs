namespace Microfinance.Domain.Accounting;

public enum AccountingPeriodStatus
{
    Open,
    Closed,
}
