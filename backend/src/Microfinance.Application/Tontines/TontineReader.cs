using Microfinance.Application.Common.Money;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

/// <summary>
/// Tontines, adhesions, participants, contributions and withdrawals as the API shows them; shared by commands and queries.
/// The queryables carry user ids; <see cref="WithNamesAsync{T}"/> fills the users' names once a page is read.
/// </summary>
public sealed class TontineReader(IApplicationDbContext db, IIdentityService identity, InstitutionProfile institution)
{
    public IQueryable<TontineDto> Tontines() =>
        from t in db.Tontines.AsNoTracking()
        select new TontineDto
        {
            Id = t.Id,
            Name = t.Name,
            Code = t.Code,
            MinDailyAmount = t.MinDailyAmount,
            MaxDailyAmount = t.MaxDailyAmount,
            AdhesionFee = t.AdhesionFee,
            CycleLengthDays = t.CycleLengthDays,
            Status = t.Status,
            ParticipantCount = db.TontineParticipants.Count(p => p.TontineId == t.Id),
            SavedTotal = db.TontineParticipants.Where(p => p.TontineId == t.Id).Sum(p => p.SavedBalance),
            CommissionTotal = db.TontineParticipants.Where(p => p.TontineId == t.Id).Sum(p => p.CommissionTotal),
            CreatedAt = t.CreatedAt,
        };

    public async Task<TontineDto> TontineAsync(Guid id, CancellationToken ct) =>
        await Tontines().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("Tontine", id);

    public IQueryable<TontineAdhesionDto> Adhesions() =>
        from a in db.TontineAdhesions.AsNoTracking()
        join t in db.Tontines on a.TontineId equals t.Id
        join c in db.Clients on a.ClientId equals c.Id
        select new TontineAdhesionDto
        {
            Id = a.Id,
            TontineId = a.TontineId,
            TontineName = t.Name,
            TontineCode = t.Code,
            ClientId = a.ClientId,
            ClientName = c.FirstName + " " + c.LastName,
            ClientNumber = c.Number,
            DailyAmount = a.DailyAmount,
            AdhesionFee = a.FeePaid ?? t.AdhesionFee,
            Status = a.Status,
            RequestedBy = a.RequestedBy,
            RequestedAt = a.RequestedAt,
            DecidedBy = a.DecidedBy,
            DecidedAt = a.DecidedAt,
            RejectionReason = a.RejectionReason,
            FeePaid = a.FeePaid,
            FeeChannel = a.FeeChannel,
            FeeJournalEntryNumber = db.JournalEntries.Where(e => e.Id == a.FeeJournalEntryId).Select(e => (long?)e.Number).FirstOrDefault(),
            PaidAt = a.PaidAt,
            ParticipantId = a.ParticipantId,
        };

    public async Task<TontineAdhesionDto> AdhesionAsync(Guid id, CancellationToken ct) =>
        (await WithNamesAsync([await Adhesions().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Adhesion", id)], ct))[0];

    /// <summary>Participants, with what each paid on the institution's <paramref name="today"/>.</summary>
    public IQueryable<TontineParticipantDto> Participants(DateOnly today) =>
        from p in db.TontineParticipants.AsNoTracking()
        join t in db.Tontines on p.TontineId equals t.Id
        join c in db.Clients on p.ClientId equals c.Id
        select new TontineParticipantDto
        {
            Id = p.Id,
            ClientId = p.ClientId,
            ClientName = c.FirstName + " " + c.LastName,
            ClientNumber = c.Number,
            TontineId = p.TontineId,
            TontineName = t.Name,
            TontineCode = t.Code,
            DailyAmount = p.DailyAmount,
            CycleLengthDays = p.CycleLengthDays,
            CellsFilled = p.CellsFilled,
            // The cycle of cell k + 1, as TontineParticipant.CurrentCycle.
            CurrentCycle = (int)(p.CellsFilled / p.CycleLengthDays) + 1,
            SavedBalance = p.SavedBalance,
            CommissionTotal = p.CommissionTotal,
            WithdrawnTotal = p.WithdrawnTotal,
            Status = p.Status,
            CollectorId = p.CollectorId,
            JoinedAt = p.JoinedAt,
            LastContributionOn = p.LastContributionOn,
            CollectedToday = p.LastContributionOn == today
                ? db.TontineContributions.Where(x => x.ParticipantId == p.Id && x.Date == today).Sum(x => x.Amount)
                : 0,
        };

    /// <summary>A participant locked and changed in this transaction, as <see cref="Participants"/> reads it back (a test holds them equal).</summary>
    public static TontineParticipantDto ParticipantOf(LockedParticipant locked)
    {
        var p = locked.Participant;
        return new TontineParticipantDto
        {
            Id = p.Id,
            ClientId = p.ClientId,
            ClientName = locked.ClientName,
            ClientNumber = locked.ClientNumber,
            TontineId = p.TontineId,
            TontineName = locked.TontineName,
            TontineCode = locked.TontineCode,
            DailyAmount = p.DailyAmount,
            CycleLengthDays = p.CycleLengthDays,
            CellsFilled = p.CellsFilled,
            CurrentCycle = p.CurrentCycle,
            SavedBalance = p.SavedBalance,
            CommissionTotal = p.CommissionTotal,
            WithdrawnTotal = p.WithdrawnTotal,
            Status = p.Status,
            CollectorId = p.CollectorId,
            CollectorName = locked.CollectorName,
            JoinedAt = p.JoinedAt,
            LastContributionOn = p.LastContributionOn,
            CollectedToday = locked.CollectedOnDay,
        };
    }

    public async Task<TontineParticipantDto> ParticipantAsync(Guid id, CancellationToken ct) =>
        (await WithNamesAsync([await Participants(await institution.TodayAsync(ct)).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Participant", id)], ct))[0];

    public IQueryable<TontineContributionDto> Contributions() =>
        from x in db.TontineContributions.AsNoTracking()
        join e in db.JournalEntries on x.JournalEntryId equals e.Id
        select new TontineContributionDto
        {
            Id = x.Id,
            ParticipantId = x.ParticipantId,
            Days = x.Days,
            Amount = x.Amount,
            FirstCell = x.FirstCell,
            LastCell = x.FirstCell + x.Days - 1,
            CommissionAmount = x.CommissionAmount,
            SavingAmount = x.SavingAmount,
            Channel = x.Channel,
            Date = x.Date,
            Reference = x.Reference,
            CollectedBy = x.CollectedBy,
            CreatedAt = x.CreatedAt,
            JournalEntryNumber = e.Number,
        };

    /// <summary>A contribution just recorded, as <see cref="Contributions"/> reads it back (a test holds them equal).</summary>
    public static TontineContributionDto ContributionOf(TontineContribution x, long journalEntryNumber) => new()
    {
        Id = x.Id,
        ParticipantId = x.ParticipantId,
        Days = x.Days,
        Amount = x.Amount,
        FirstCell = x.FirstCell,
        LastCell = x.LastCell,
        CommissionAmount = x.CommissionAmount,
        SavingAmount = x.SavingAmount,
        Channel = x.Channel,
        Date = x.Date,
        Reference = x.Reference,
        CollectedBy = x.CollectedBy,
        CreatedAt = x.CreatedAt,
        JournalEntryNumber = journalEntryNumber,
    };

    public IQueryable<TontineWithdrawalDto> Withdrawals() =>
        from w in db.TontineWithdrawals.AsNoTracking()
        join p in db.TontineParticipants on w.ParticipantId equals p.Id
        join t in db.Tontines on p.TontineId equals t.Id
        join c in db.Clients on p.ClientId equals c.Id
        select new TontineWithdrawalDto
        {
            Id = w.Id,
            ParticipantId = w.ParticipantId,
            ClientName = c.FirstName + " " + c.LastName,
            TontineName = t.Name,
            Amount = w.Amount,
            Status = w.Status,
            RequestedBy = w.RequestedBy,
            RequestedAt = w.RequestedAt,
            DecidedBy = w.DecidedBy,
            DecidedAt = w.DecidedAt,
            RejectionReason = w.RejectionReason,
            JournalEntryNumber = db.JournalEntries.Where(e => e.Id == w.JournalEntryId).Select(e => (long?)e.Number).FirstOrDefault(),
        };

    public async Task<TontineWithdrawalDto> WithdrawalAsync(Guid id, CancellationToken ct) =>
        (await WithNamesAsync([await Withdrawals().FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Withdrawal", id)], ct))[0];

    /// <summary>A page of rows, read, with the names of the users they mention.</summary>
    public async Task<PagedList<T>> PageAsync<T>(IQueryable<T> rows, int page, int pageSize, CancellationToken ct) where T : class
    {
        var read = await PagedList<T>.CreateAsync(rows, page, pageSize, ct);
        await WithNamesAsync(read.Items, ct);
        return read;
    }

    /// <summary>Fills the users' names of rows already read.</summary>
    public async Task<IReadOnlyList<T>> WithNamesAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var ids = rows.SelectMany(UserIds).Distinct().ToList();
        if (ids.Count == 0) return rows;
        var names = await identity.GetDisplayNamesAsync(ids, ct);
        string? Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known) : null;
        foreach (var row in rows)
            switch (row)
            {
                case TontineAdhesionDto a: (a.RequestedByName, a.DecidedByName) = (Name(a.RequestedBy), Name(a.DecidedBy)); break;
                case TontineParticipantDto p: p.CollectorName = Name(p.CollectorId); break;
                case TontineContributionDto c: c.CollectedByName = Name(c.CollectedBy); break;
                case TontineWithdrawalDto w: (w.RequestedByName, w.DecidedByName) = (Name(w.RequestedBy), Name(w.DecidedBy)); break;
            }
        return rows;
    }

    private static IEnumerable<Guid> UserIds(object row) => (row switch
    {
        TontineAdhesionDto a => [a.RequestedBy, a.DecidedBy],
        TontineParticipantDto p => [p.CollectorId],
        TontineContributionDto c => [c.CollectedBy],
        TontineWithdrawalDto w => [w.RequestedBy, w.DecidedBy],
        _ => Array.Empty<Guid?>(),
    }).OfType<Guid>();
}
