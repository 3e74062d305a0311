namespace Microfinance.Application.Deposits.Queries.GetStatementDocument;

/// <summary>
/// The printable statement of a period (PDF): opening balance, every movement of the period with its running balance,
/// closing balance. <see cref="To"/> defaults to today, <see cref="From"/> to the first day of <see cref="To"/>'s month;
/// a period covers at most <see cref="MaxDays"/> days.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetStatementDocumentQuery(Guid AccountId, DateOnly? From = null, DateOnly? To = null) : IRequest<Reporting.ReportFileDto>
{
    /// <summary>A year, leap day included: longer periods print as several statements.</summary>
    public const int MaxDays = 366;
}
