using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

public sealed class TontineParticipantDto
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public string ClientNumber { get; set; } = "";
    public Guid TontineId { get; set; }
    public string TontineName { get; set; } = "";
    public string TontineCode { get; set; } = "";
    public decimal DailyAmount { get; set; }
    public int CycleLengthDays { get; set; }
    public long CellsFilled { get; set; }
    /// <summary>The cycle the next cell falls in.</summary>
    public int CurrentCycle { get; set; }
    public decimal SavedBalance { get; set; }
    public decimal CommissionTotal { get; set; }
    public decimal WithdrawnTotal { get; set; }
    public TontineParticipantStatus Status { get; set; }
    public Guid CollectorId { get; set; }
    public string? CollectorName { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public DateOnly? LastContributionOn { get; set; }
    /// <summary>What the participant paid today (the institution's day): the collector's round shows who paid.</summary>
    public decimal CollectedToday { get; set; }
}
