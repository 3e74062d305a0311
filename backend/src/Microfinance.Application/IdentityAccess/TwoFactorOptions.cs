namespace Microfinance.Application.IdentityAccess;

/// <summary>Configuration section <c>TwoFactor</c> (docs/security.md, Two-factor sign-in).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "TwoFactor";

    /// <summary>
    /// Whether a user whose role requires a second factor and who has not enrolled is sent to enrolment after the
    /// password (true), or signed in and only told (false: the functional tests and e2e server, whose many sign-ins of
    /// the demo users could not each use a fresh code). Refused false in Production.
    /// </summary>
    public bool EnforceEnrolment { get; set; } = true;

    /// <summary>The name an authenticator app shows above the code.</summary>
    public string Issuer { get; set; } = "Microfinance";

    /// <summary>How long the challenge or enrolment token of a password step lasts.</summary>
    public int ChallengeMinutes { get; set; } = 5;

    /// <summary>Wrong codes in a row that lock the code step for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedCodes { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public void EnsureUsable(bool isProduction)
    {
        if (ChallengeMinutes is < 1 or > 30 || MaxFailedCodes < 1 || LockoutMinutes < 1)
            throw new InvalidOperationException("TwoFactor: ChallengeMinutes must be 1 to 30, MaxFailedCodes and LockoutMinutes positive.");
        if (isProduction && !EnforceEnrolment)
            throw new InvalidOperationException("Refusing to start in Production with TwoFactor:EnforceEnrolment=false.");
    }
}
