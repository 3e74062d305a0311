using Microfinance.Application.Common.Models;

namespace Microfinance.Application.Notifications;

/// <summary>A page of the outbox, newest first, with the counts per status for the filter's tabs.</summary>
public sealed record OutboxPageDto(OutboxCountsDto Counts, PagedList<OutboxMessageDto> Messages);
