using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

public sealed class TontineWithdrawalDto
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public string ClientName { get; set; } = "";
    public string TontineName { get; set; } = "";
    public decimal Amount { get; set; }
    public TontineWithdrawalStatus Status { get; set; }
    public Guid RequestedBy { get; set; }
    public string? RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
    public long? JournalEntryNumber { get; set; }
}
