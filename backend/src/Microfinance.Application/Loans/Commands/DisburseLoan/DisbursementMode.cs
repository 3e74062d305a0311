namespace Microfinance.Application.Loans.Commands.DisburseLoan;

public enum DisbursementMode
{
    ToSavingsAccount,
    Cash,
}
