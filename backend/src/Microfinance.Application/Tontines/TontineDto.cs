using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

public sealed class TontineDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public decimal MinDailyAmount { get; set; }
    public decimal MaxDailyAmount { get; set; }
    public decimal AdhesionFee { get; set; }
    public int CycleLengthDays { get; set; }
    public TontineStatus Status { get; set; }
    public int ParticipantCount { get; set; }
    /// <summary>What the participants have saved and not withdrawn.</summary>
    public decimal SavedTotal { get; set; }
    public decimal CommissionTotal { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
