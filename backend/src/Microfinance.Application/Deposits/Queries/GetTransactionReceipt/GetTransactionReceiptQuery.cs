namespace Microfinance.Application.Deposits.Queries.GetTransactionReceipt;

/// <summary>The printable receipt (PDF) of one movement — a deposit, a withdrawal, a transfer's side — with signature boxes.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTransactionReceiptQuery(Guid Id) : IRequest<Reporting.ReportFileDto>;
