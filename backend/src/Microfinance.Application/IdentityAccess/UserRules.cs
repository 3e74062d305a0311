namespace Microfinance.Application.IdentityAccess;

/// <summary>Field rules shared by every command that creates or edits a user.</summary>
public static class UserRules
{
    public const int MinPasswordLength = 8;

    public static IRuleBuilderOptions<T, string> ValidUsername<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(3, 64).Matches("^[a-z0-9][a-z0-9._-]*$")
            .WithLocalizedMessage("Use 3 to 64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.");

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(120);

    /// <summary>Shape only; the identity store applies the full policy (digit, upper, lower, symbol).</summary>
    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(MinPasswordLength, 128);

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(256).EmailAddress();

    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\+[1-9][0-9]{7,14}$").WithLocalizedMessage("Use the international E.164 format, e.g. +22997000000.");

    public static IRuleBuilderOptions<T, string> ValidInstitutionRole<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(r => Roles.InstitutionRoles.Contains(r))
            .WithLocalizedMessage("Role must be one of: {0}.", string.Join(", ", Roles.InstitutionRoles));
}
