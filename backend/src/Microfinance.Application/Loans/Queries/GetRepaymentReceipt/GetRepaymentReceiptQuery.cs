namespace Microfinance.Application.Loans.Queries.GetRepaymentReceipt;

/// <summary>The printable receipt (PDF) of one loan repayment: how it was allocated and what remains to pay.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetRepaymentReceiptQuery(Guid LoanId, Guid RepaymentId) : IRequest<Reporting.ReportFileDto>;
