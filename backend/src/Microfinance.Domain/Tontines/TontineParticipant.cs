using Microfinance.Domain.Common;

namespace Microfinance.Domain.Tontines;

/// <summary>
/// A client in a tontine, with the booklet's state: how many cells are filled, what is saved and what the commission took.
/// Its daily amount and cycle length are the ones it joined with. Written by hand with the ledger rows when money moves
/// (ADR 0014): its balance changes only under its row lock.
/// </summary>
public sealed class TontineParticipant : Entity, ITenantOwned
{
    private TontineParticipant() { }

    public TontineParticipant(Tontine tontine, TontineAdhesion adhesion, Guid collectorId, DateTimeOffset joinedAt)
    {
        InstitutionId = tontine.InstitutionId;
        TontineId = tontine.Id;
        ClientId = adhesion.ClientId;
        BranchId = adhesion.BranchId;
        CollectorId = collectorId;
        DailyAmount = adhesion.DailyAmount;
        CycleLengthDays = tontine.CycleLengthDays;
        JoinedAt = joinedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid TontineId { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid BranchId { get; private set; }
    /// <summary>The agent whose daily round the participant is on.</summary>
    public Guid CollectorId { get; private set; }
    public decimal DailyAmount { get; private set; }
    public int CycleLengthDays { get; private set; }
    /// <summary>Cells filled since joining, across cycles.</summary>
    public long CellsFilled { get; private set; }
    /// <summary>What the participant saved and has not withdrawn: what a withdrawal may take.</summary>
    public decimal SavedBalance { get; private set; }
    /// <summary>What the institution took: one daily amount per cycle started.</summary>
    public decimal CommissionTotal { get; private set; }
    public decimal WithdrawnTotal { get; private set; }
    public TontineParticipantStatus Status { get; private set; } = TontineParticipantStatus.Active;
    public DateTimeOffset JoinedAt { get; private set; }
    public DateOnly? LastContributionOn { get; private set; }

    /// <summary>The cycle the next cell falls in.</summary>
    public int CurrentCycle => BookletArithmetic.CycleOf(CellsFilled + 1, CycleLengthDays);

    /// <summary>The number of days an amount pays for; refused unless it is a positive multiple of the daily amount.</summary>
    public int DaysFor(decimal amount)
    {
        if (amount <= 0 || amount % DailyAmount != 0)
            throw new DomainException("contribution_not_multiple", "A contribution is a whole number of days at the daily amount of {0}.", DailyAmount);
        return checked((int)(amount / DailyAmount));
    }

    /// <summary>
    /// Fills the next <paramref name="days"/> cells, in order, crossing into new cycles as they fill; <paramref name="on"/>
    /// is the value date, which may be before the last contribution's (cells stay in the order they are collected).
    /// </summary>
    public ContributionSplit Contribute(int days, DateOnly on)
    {
        if (days < 1)
            throw new DomainException("contribution_days", "A contribution fills at least one day.");
        if (Status != TontineParticipantStatus.Active)
            throw new DomainException("participant_not_active", "This participant's tontine is closed: it takes no more contributions.");
        var first = CellsFilled + 1;
        var commissionCells = BookletArithmetic.CommissionCells(CellsFilled + days, CycleLengthDays)
            - BookletArithmetic.CommissionCells(CellsFilled, CycleLengthDays);
        var split = new ContributionSplit(first, days, days * DailyAmount, commissionCells * DailyAmount, (days - commissionCells) * DailyAmount);
        CellsFilled += days;
        CommissionTotal += split.Commission;
        SavedBalance += split.Saving;
        // A contribution synced from a phone may be valued on an earlier day than one already collected.
        if (LastContributionOn is not { } last || on > last) LastContributionOn = on;
        return split;
    }

    /// <summary>Refuses what the savings cannot cover; commissions are never withdrawable.</summary>
    public void EnsureCovers(decimal amount)
    {
        if (amount <= 0)
            throw new DomainException("withdrawal_amount", "A withdrawal is a positive amount.");
        if (amount > SavedBalance)
            throw new DomainException("tontine_insufficient_savings", "The participant has {0} saved; {1} is more.", SavedBalance, amount);
    }

    public void Withdraw(decimal amount)
    {
        EnsureCovers(amount);
        SavedBalance -= amount;
        WithdrawnTotal += amount;
    }

    public void Close() => Status = TontineParticipantStatus.Closed;
}
