using Microfinance.Domain.Common;

namespace Microfinance.Domain.IdentityAccess;

/// <summary>A tenant: one microfinance institution (SFD) with its currency and business time zone.</summary>
public sealed class Institution : Entity
{
    public const string DefaultCurrency = "XOF";
    public const string DefaultTimeZone = "Africa/Abidjan";
    /// <summary>The BCEAO usury cap for SFD loans (TEG), in percent a year.</summary>
    public const decimal DefaultUsuryCapPercent = 24;
    /// <summary>Manual journal entries above this amount wait for a second person's approval (docs/accounting.md).</summary>
    public const decimal DefaultManualEntryApprovalThreshold = 1_000_000;
    /// <summary>How many days back an operation recorded offline may still be valued on the day it was recorded (docs/offline.md).</summary>
    public const int DefaultOfflineToleranceDays = 2;
    public const int MaxOfflineToleranceDays = 7;

    private Institution() { }

    public Institution(string name, string code, string currencyCode, string timeZone, DateTimeOffset createdAt)
    {
        Name = name.Trim();
        Code = code.Trim().ToUpperInvariant();
        CurrencyCode = currencyCode.Trim().ToUpperInvariant();
        TimeZone = timeZone;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string CurrencyCode { get; private set; } = DefaultCurrency;
    public string TimeZone { get; private set; } = DefaultTimeZone;
    public InstitutionStatus Status { get; private set; } = InstitutionStatus.Active;
    /// <summary>No loan's effective annual rate (TEG) may exceed this.</summary>
    public decimal UsuryCapPercent { get; private set; } = DefaultUsuryCapPercent;
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>A manual journal entry whose amount is above this waits for approval by someone other than its author.</summary>
    public decimal ManualEntryApprovalThreshold { get; private set; } = DefaultManualEntryApprovalThreshold;
    /// <summary>When on, cash is recorded only by a user whose cash drawer is open (docs/treasury.md).</summary>
    public bool CashNeedsOpenDrawer { get; private set; }
    /// <summary>
    /// An operation recorded offline is refused when the day it was recorded is more than this many days before today
    /// (0 to <see cref="MaxOfflineToleranceDays"/>).
    /// </summary>
    public int OfflineToleranceDays { get; private set; } = DefaultOfflineToleranceDays;
    /// <summary>The roles, beyond <see cref="Roles.AlwaysTwoFactor"/>, whose users must sign in with a second factor (docs/security.md).</summary>
    public List<string> TwoFactorRoles { get; private set; } = [];

    /// <summary>The business date at <paramref name="now"/> in the institution's time zone: the default value date.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(LocalTime(now));

    /// <summary>The wall-clock time at the institution at <paramref name="now"/>.</summary>
    public DateTime LocalTime(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime;

    /// <summary>The instant <paramref name="day"/> begins in the institution's time zone, in UTC (as timestamps are stored): where a period's filter starts.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(TimeZone).GetUtcOffset(local)).ToUniversalTime();
    }

    public void SetManualEntryApprovalThreshold(decimal threshold)
    {
        if (threshold < 0) throw new ArgumentOutOfRangeException(nameof(threshold));
        ManualEntryApprovalThreshold = threshold;
    }
    public void RequireOpenDrawerForCash(bool required) => CashNeedsOpenDrawer = required;

    public void SetOfflineToleranceDays(int days)
    {
        if (days is < 0 or > MaxOfflineToleranceDays) throw new ArgumentOutOfRangeException(nameof(days));
        OfflineToleranceDays = days;
    }

    /// <summary>Sets the roles that must use two-factor sign-in besides those that always do; only institution roles.</summary>
    public void RequireTwoFactorFor(IEnumerable<string> roles)
    {
        var chosen = roles.Distinct().Order(StringComparer.Ordinal).ToList();
        if (chosen.FirstOrDefault(r => !Roles.InstitutionRoles.Contains(r)) is { } unknown)
            throw new DomainException("two_factor_role_invalid", "'{0}' is not a role of an institution.", unknown);
        TwoFactorRoles = chosen.Where(r => !Roles.AlwaysTwoFactor.Contains(r)).ToList();
    }

    /// <summary>Whether a user holding <paramref name="role"/> in this institution must sign in with a second factor.</summary>
    public bool RequiresTwoFactor(string role) => Roles.AlwaysTwoFactor.Contains(role) || TwoFactorRoles.Contains(role);

    public void Suspend()
    {
        if (Status == InstitutionStatus.Suspended)
            throw new DomainException("institution_already_suspended", "The institution is already suspended.");
        Status = InstitutionStatus.Suspended;
    }

    public void Reactivate()
    {
        if (Status == InstitutionStatus.Active)
            throw new DomainException("institution_already_active", "The institution is already active.");
        Status = InstitutionStatus.Active;
    }
}
