namespace Microfinance.Application.Sync;

/// <summary>The oldest installment not fully paid, and what is left of it.</summary>
public sealed record WorkingInstallmentDto(int Number, DateOnly DueDate, decimal AmountDue);
