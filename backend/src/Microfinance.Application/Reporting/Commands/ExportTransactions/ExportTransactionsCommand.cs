using Microfinance.Application.Deposits.Queries.ListTransactions;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Commands.ExportTransactions;

/// <summary>
/// The transaction explorer as a file: every movement its <paramref name="Filters"/> select (not one page), in its sort,
/// kept in the export history as <c>transaction-explorer</c> like any report's export. Same roles as the reports' exports.
/// </summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ExportTransactionsCommand(ListTransactionsQuery Filters, ReportFormat Format) : ICommand<ReportRunDto>;
