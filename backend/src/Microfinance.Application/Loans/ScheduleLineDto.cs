namespace Microfinance.Application.Loans;

public sealed record ScheduleLineDto(int Number, DateOnly DueDate, decimal Principal, decimal Interest, decimal Fees, decimal Total, decimal OutstandingAfter);
