using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.Tontines;

/// <summary>Days of a booklet paid at once: cells <see cref="FirstCell"/>…<see cref="LastCell"/>, never rewritten.</summary>
public sealed class TontineContribution : Entity, ITenantOwned
{
    private TontineContribution() { }

    public TontineContribution(TontineParticipant participant, ContributionSplit split, DateOnly date, Channel channel, string? reference,
        Guid journalEntryId, Guid? collectedBy, DateTimeOffset createdAt)
    {
        InstitutionId = participant.InstitutionId;
        ParticipantId = participant.Id;
        TontineId = participant.TontineId;
        ClientId = participant.ClientId;
        BranchId = participant.BranchId;
        FirstCell = split.FirstCell;
        Days = split.Days;
        Amount = split.Amount;
        CommissionAmount = split.Commission;
        SavingAmount = split.Saving;
        Date = date;
        Channel = channel;
        Reference = reference;
        JournalEntryId = journalEntryId;
        CollectedBy = collectedBy;
        CreatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public Guid TontineId { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid BranchId { get; private set; }
    public long FirstCell { get; private set; }
    public int Days { get; private set; }
    public long LastCell => FirstCell + Days - 1;
    public decimal Amount { get; private set; }
    public decimal CommissionAmount { get; private set; }
    public decimal SavingAmount { get; private set; }
    public DateOnly Date { get; private set; }
    public Channel Channel { get; private set; }
    /// <summary>The mobile-money provider's transaction id, when paid that way.</summary>
    public string? Reference { get; private set; }
    public Guid JournalEntryId { get; private set; }
    /// <summary>Who recorded it (null for a mobile-money payment confirmed by its provider).</summary>
    public Guid? CollectedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
