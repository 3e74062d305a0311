namespace Microfinance.Application.Loans;

public enum InstallmentState
{
    Paid,
    PartiallyPaid,
    Due,
    Late,
    Upcoming,
}
