namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>What waits on a supervisor or the SfdAdmin, by step.</summary>
public sealed record ApprovalQueueDto(int AccountOpenings, int Withdrawals, int LoansToReview, int LoansToDecide, int LoansToDisburse, int PaymentsToResolve);
