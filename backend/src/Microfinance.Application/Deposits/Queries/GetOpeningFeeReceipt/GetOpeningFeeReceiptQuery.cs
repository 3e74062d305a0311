namespace Microfinance.Application.Deposits.Queries.GetOpeningFeeReceipt;

/// <summary>The printable receipt (PDF) of the opening fee an account's client paid at activation, with signature boxes.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetOpeningFeeReceiptQuery(Guid AccountId) : IRequest<Reporting.ReportFileDto>;
