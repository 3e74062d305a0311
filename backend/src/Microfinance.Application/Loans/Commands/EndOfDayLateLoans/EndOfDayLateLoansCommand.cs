namespace Microfinance.Application.Loans.Commands.EndOfDayLateLoans;

/// <summary>One batch of loans with an unpaid installment past due or arrears on record, after <see cref="After"/> in id order.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayLateLoansCommand(DateOnly Date, Guid After, int Count) : ICommand<EndOfDayBatch>;
