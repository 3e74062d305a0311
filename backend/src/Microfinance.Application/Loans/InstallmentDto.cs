namespace Microfinance.Application.Loans;

public sealed record InstallmentDto(
    int Number, DateOnly DueDate, decimal PrincipalDue, decimal InterestDue, decimal FeesDue, decimal PenaltiesDue, decimal TotalDue,
    decimal PrincipalPaid, decimal InterestPaid, decimal FeesPaid, decimal PenaltiesPaid, decimal TotalPaid, decimal Outstanding, InstallmentState State);
