namespace Microfinance.Application.Common.Money;

/// <summary>The institution in scope as the money path needs it: its currency and its business calendar.</summary>
public sealed class InstitutionProfile(IApplicationDbContext db, ITenantContext tenant, TimeProvider clock)
{
    private Institution? _institution;

    public async Task<Institution> CurrentAsync(CancellationToken cancellationToken) =>
        _institution ??= await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == tenant.RequiredInstitutionId, cancellationToken);

    public async Task<string> CurrencyAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).CurrencyCode;

    /// <summary>Today in the institution's time zone: the default value date.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Today(clock.GetUtcNow());
}
