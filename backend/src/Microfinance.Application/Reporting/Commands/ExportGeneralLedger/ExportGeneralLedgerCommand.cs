using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Commands.ExportGeneralLedger;

/// <summary>
/// A GL account's general ledger over a period as a file: every line with its running balance, the opening and closing
/// balances in the totals; kept in the export history as <c>general-ledger</c>.
/// </summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record ExportGeneralLedgerCommand(Guid GlAccountId, DateOnly? From, DateOnly? To, ReportFormat Format) : ICommand<ReportRunDto>;
