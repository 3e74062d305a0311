namespace Microfinance.Application.Accounting.Queries.GetBankStatementFormat;

/// <summary>A bank's saved statement layout, or, before one is saved, the usual one (semicolons, a header, date;label;amount;reference).</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetBankStatementFormatQuery(Guid GlAccountId) : IRequest<BankStatementFormatDto>;
