using Microfinance.Domain.Common;

namespace Microfinance.Domain.Tontines;

/// <summary>
/// A daily-contribution tontine (<i>carnet</i>): clients join with a daily amount within its bounds, fill a booklet of
/// cycles of <see cref="CycleLengthDays"/> cells, and leave the first cell of each cycle to the institution.
/// </summary>
public sealed class Tontine : Entity, ITenantOwned
{
    public const int DefaultCycleLengthDays = 31;

    private Tontine() { }

    public Tontine(Guid institutionId, string name, string code, decimal minDailyAmount, decimal maxDailyAmount, decimal adhesionFee,
        int cycleLengthDays, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Code = code;
        CreatedAt = createdAt;
        Configure(name, minDailyAmount, maxDailyAmount, adhesionFee, cycleLengthDays);
    }

    public Guid InstitutionId { get; private set; }
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public decimal MinDailyAmount { get; private set; }
    public decimal MaxDailyAmount { get; private set; }
    public decimal AdhesionFee { get; private set; }
    public int CycleLengthDays { get; private set; }
    public TontineStatus Status { get; private set; } = TontineStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Changes the terms. A participant keeps the daily amount and cycle length they joined with, so a change applies to
    /// new adhesions only; the cycle length is fixed once the tontine is open (its booklets are counted in it).
    /// </summary>
    public void Configure(string name, decimal minDailyAmount, decimal maxDailyAmount, decimal adhesionFee, int cycleLengthDays)
    {
        if (minDailyAmount <= 0 || maxDailyAmount < minDailyAmount)
            throw new DomainException("tontine_bounds", "The daily amount's bounds must satisfy 0 < minimum ≤ maximum.");
        if (adhesionFee < 0)
            throw new DomainException("tontine_fee", "The adhesion fee cannot be negative.");
        if (cycleLengthDays < 2)
            throw new DomainException("tontine_cycle", "A cycle has at least 2 days: its first is the commission.");
        if (Status != TontineStatus.Draft && cycleLengthDays != CycleLengthDays)
            throw new DomainException("tontine_cycle_fixed", "The cycle length of a tontine that was opened cannot change.");
        if (Status == TontineStatus.Closed)
            throw new DomainException("tontine_closed", "The tontine {0} is closed.", Code);
        Name = name;
        MinDailyAmount = minDailyAmount;
        MaxDailyAmount = maxDailyAmount;
        AdhesionFee = adhesionFee;
        CycleLengthDays = cycleLengthDays;
    }

    public void Open()
    {
        if (Status != TontineStatus.Draft)
            throw new DomainException("tontine_not_draft", "Only a draft tontine can be opened (this one is {0}).", Status);
        Status = TontineStatus.Open;
    }

    public void Close()
    {
        if (Status != TontineStatus.Open)
            throw new DomainException("tontine_not_open", "The tontine {0} is not open (it is {1}).", Code, Status);
        Status = TontineStatus.Closed;
    }

    /// <summary>Refuses a daily amount outside [min, max], or any adhesion when the tontine is not open.</summary>
    public void EnsureAccepts(decimal dailyAmount)
    {
        EnsureOpen();
        if (dailyAmount < MinDailyAmount || dailyAmount > MaxDailyAmount)
            throw new DomainException("daily_amount_out_of_bounds", "The daily amount must be between {0} and {1}.", MinDailyAmount, MaxDailyAmount);
    }

    public void EnsureOpen()
    {
        if (Status != TontineStatus.Open)
            throw new DomainException("tontine_not_open", "The tontine {0} is not open (it is {1}).", Code, Status);
    }
}
