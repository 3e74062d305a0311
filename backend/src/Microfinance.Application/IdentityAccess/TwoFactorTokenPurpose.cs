namespace Microfinance.Application.IdentityAccess;

/// <summary>What a two-factor token allows: the code step of a sign-in, or only the enrolment endpoints.</summary>
public enum TwoFactorTokenPurpose
{
    SignIn,
    Enrolment,
}
