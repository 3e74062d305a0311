using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>
/// A month of the books (<c>yyyy-MM</c>) with its last close and reopening; <see cref="CanClose"/> is the oldest open month
/// that is over, <see cref="CanReopen"/> the latest closed one (months close and reopen in order).
/// </summary>
public sealed record AccountingPeriodDto(
    string Month, AccountingPeriodStatus Status, DateTimeOffset? ClosedAt, string? ClosedByName, long? YearEndEntryNumber,
    DateTimeOffset? ReopenedAt, string? ReopenedByName, string? ReopenReason, bool CanClose, bool CanReopen);
