using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.ListJournalEntries;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListJournalEntriesQuery(
    DateOnly? From = null, DateOnly? To = null, JournalSource? Source = null, Guid? GlAccountId = null, Guid? AccountId = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<JournalEntryDto>>, IPageRequest;
