using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.ListJournalEntries;

public sealed record JournalEntryDto(
    Guid Id, long Number, DateOnly ValueDate, DateTimeOffset PostedAt, string Description, JournalSource Source,
    Guid? ReversesEntryId, IReadOnlyList<JournalLineDto> Lines);
