namespace Microfinance.Application.Loans.Commands.EndOfDayLateLoans;

public sealed record EndOfDayBatch(int Loans, Guid? LastLoanId, int PenaltiesCharged, decimal TotalPenalties);
