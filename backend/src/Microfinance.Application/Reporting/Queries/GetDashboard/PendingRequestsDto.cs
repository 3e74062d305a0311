namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>What an agent asked for and is still waiting on: account openings, withdrawals over the threshold, loan applications not yet disbursed.</summary>
public sealed record PendingRequestsDto(int AccountOpenings, int Withdrawals, int LoanApplications);
