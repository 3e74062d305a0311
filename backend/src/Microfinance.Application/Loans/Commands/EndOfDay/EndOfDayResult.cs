namespace Microfinance.Application.Loans.Commands.EndOfDay;

public sealed record EndOfDayResult(DateOnly Date, int LoansProcessed, int PenaltiesCharged, decimal TotalPenalties);
