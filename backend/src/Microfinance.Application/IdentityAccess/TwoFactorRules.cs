namespace Microfinance.Application.IdentityAccess;

/// <summary>Field rules of the two-factor commands.</summary>
public static class TwoFactorRules
{
    /// <summary>A code from an authenticator app: six digits.</summary>
    public static IRuleBuilderOptions<T, string?> TotpCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Matches("^[0-9]{6}$").WithLocalizedMessage("A verification code is 6 digits.");

    /// <summary>An enrolment token, when the caller enrols at sign-in rather than from their profile.</summary>
    public static IRuleBuilderOptions<T, string?> EnrolmentToken<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(2048);
}
