using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.Tontines;

/// <summary>A client's request to join a tontine with a daily amount: checked, then paid for, it makes a participant.</summary>
public sealed class TontineAdhesion : Entity, ITenantOwned
{
    private TontineAdhesion() { }

    public TontineAdhesion(Tontine tontine, Guid clientId, Guid branchId, decimal dailyAmount, Guid requestedBy, DateTimeOffset requestedAt)
    {
        tontine.EnsureAccepts(dailyAmount);
        InstitutionId = tontine.InstitutionId;
        TontineId = tontine.Id;
        ClientId = clientId;
        BranchId = branchId;
        DailyAmount = dailyAmount;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid TontineId { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid BranchId { get; private set; }
    public decimal DailyAmount { get; private set; }
    public TontineAdhesionStatus Status { get; private set; } = TontineAdhesionStatus.Requested;
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    /// <summary>The fee as paid (the tontine's fee when it was paid), its channel and entry.</summary>
    public decimal? FeePaid { get; private set; }
    public Channel? FeeChannel { get; private set; }
    public Guid? FeeJournalEntryId { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public Guid? ParticipantId { get; private set; }

    /// <summary>The client's identity was checked: the fee may now be paid.</summary>
    public void Validate(Guid by, DateTimeOffset at)
    {
        EnsureRequested();
        Status = TontineAdhesionStatus.Validated;
        DecidedBy = by;
        DecidedAt = at;
    }

    public void Reject(Guid by, string reason, DateTimeOffset at)
    {
        EnsureRequested();
        Status = TontineAdhesionStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        RejectionReason = reason;
    }

    /// <summary>The fee is paid (<paramref name="journalEntryId"/> null when the tontine charges none): the participant exists.</summary>
    public void Activate(decimal fee, Channel channel, Guid? journalEntryId, Guid participantId, DateTimeOffset at)
    {
        if (Status != TontineAdhesionStatus.Validated)
            throw new DomainException("adhesion_not_validated", "The fee is paid once the adhesion is validated (this one is {0}).", Status);
        Status = TontineAdhesionStatus.Active;
        FeePaid = fee;
        FeeChannel = channel;
        FeeJournalEntryId = journalEntryId;
        ParticipantId = participantId;
        PaidAt = at;
    }

    private void EnsureRequested()
    {
        if (Status != TontineAdhesionStatus.Requested)
            throw new DomainException("adhesion_already_decided", "This adhesion was already {0}.", Status);
    }
}
