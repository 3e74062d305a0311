namespace Microfinance.Application.Common.Interfaces;

/// <summary>The outcome of a sign-in code check: accepted, refused, or locked until a time after too many wrong codes.</summary>
public sealed record TwoFactorCheck(bool Accepted, DateTimeOffset? LockedUntil = null)
{
    public static readonly TwoFactorCheck Passed = new(true);
    public static readonly TwoFactorCheck Refused = new(false);
}
