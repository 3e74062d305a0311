using Microfinance.Domain.Deposits;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

public sealed class TontineAdhesionDto
{
    public Guid Id { get; set; }
    public Guid TontineId { get; set; }
    public string TontineName { get; set; } = "";
    public string TontineCode { get; set; } = "";
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public string ClientNumber { get; set; } = "";
    public decimal DailyAmount { get; set; }
    /// <summary>The fee to pay now (the tontine's), or the one paid.</summary>
    public decimal AdhesionFee { get; set; }
    public TontineAdhesionStatus Status { get; set; }
    public Guid RequestedBy { get; set; }
    public string? RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
    public decimal? FeePaid { get; set; }
    public Channel? FeeChannel { get; set; }
    public long? FeeJournalEntryNumber { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public Guid? ParticipantId { get; set; }
}
