namespace Microfinance.Application.Clients.Queries.GetClientSheet;

/// <summary>The printable client sheet (PDF): identity, contact, branch and agent, accounts with balances, loans with outstanding.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetClientSheetQuery(Guid Id) : IRequest<Reporting.ReportFileDto>;
