namespace Microfinance.Application.Accounting.Queries.GetManualEntry;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetManualEntryQuery(Guid Id) : IRequest<ManualEntryDto>;
