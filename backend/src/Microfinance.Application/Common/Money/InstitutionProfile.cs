namespace Microfinance.Application.Common.Money;

/// <summary>The institution in scope as the money path needs it: its currency and its business calendar.</summary>
public sealed class InstitutionProfile(IApplicationDbContext db, ITenantContext tenant, ReferenceDataCache cache, TimeProvider clock)
{
    /// <summary>The institution in scope, shared from the cache: read it, do not change it.</summary>
    public Task<Institution> CurrentAsync(CancellationToken cancellationToken)
    {
        var id = tenant.RequiredInstitutionId;
        return cache.GetAsync(id, id, ct => db.Institutions.AsNoTracking().FirstAsync(i => i.Id == id, ct), cancellationToken);
    }

    public async Task<string> CurrencyAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).CurrencyCode;

    /// <summary>Today in the institution's time zone: the default value date.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Today(clock.GetUtcNow());

    /// <summary>The requested value date, or today; never in the future of the institution's calendar (400 on valueDate).</summary>
    public async Task<DateOnly> ValueDateAsync(DateOnly? requested, CancellationToken cancellationToken)
    {
        var today = await TodayAsync(cancellationToken);
        if (requested > today)
            throw new ValidationException("valueDate", "The value date cannot be in the future.");
        return requested ?? today;
    }

    /// <summary>Refuses a business date after the institution's today (400 on <paramref name="field"/>).</summary>
    public async Task EnsureNotFutureAsync(DateOnly date, string field, CancellationToken cancellationToken)
    {
        if (date > await TodayAsync(cancellationToken)) throw new ValidationException(field, "The date cannot be in the future.");
    }
}
