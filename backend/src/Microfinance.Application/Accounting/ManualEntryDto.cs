using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>A manual entry as written, with who wrote, decided and reversed it, and the journal entries it produced.</summary>
public sealed class ManualEntryDto
{
    public Guid Id { get; init; }
    public DateOnly ValueDate { get; init; }
    public string Description { get; init; } = "";
    public string Reference { get; init; } = "";
    public string? AttachmentName { get; init; }
    public decimal Amount { get; init; }
    public ManualEntryStatus Status { get; init; }
    public IReadOnlyList<ManualEntryLineDto> Lines { get; init; } = [];
    public Guid CreatedBy { get; init; }
    public string? CreatedByName { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? DecidedBy { get; init; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? RejectionReason { get; init; }
    public Guid? JournalEntryId { get; init; }
    public long? JournalEntryNumber { get; init; }
    public Guid? ReversalEntryId { get; init; }
    public long? ReversalEntryNumber { get; init; }
    public Guid? ReversedBy { get; init; }
    public string? ReversedByName { get; set; }
    public DateTimeOffset? ReversedAt { get; init; }
    public string? ReversalReason { get; init; }
}
