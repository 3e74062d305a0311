using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Tontines;

public sealed class TontineContributionDto
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public int Days { get; set; }
    public decimal Amount { get; set; }
    public long FirstCell { get; set; }
    public long LastCell { get; set; }
    public decimal CommissionAmount { get; set; }
    public decimal SavingAmount { get; set; }
    public Channel Channel { get; set; }
    public DateOnly Date { get; set; }
    public string? Reference { get; set; }
    public Guid? CollectedBy { get; set; }
    public string? CollectedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long JournalEntryNumber { get; set; }
}
