namespace Microfinance.Application.Accounting.Queries.GetGeneralLedger;

/// <summary>A GL account's general ledger over a period of value dates (this month to today by default), a page of its lines.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetGeneralLedgerQuery(Guid GlAccountId, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<GeneralLedgerDto>, IPageRequest;
