using Microfinance.Application.Common.Localization;
using Microsoft.AspNetCore.Identity;

namespace Microfinance.Infrastructure.Identity;

/// <summary>ASP.NET Identity's password and username rules, worded in the reader's language like every other message (ADR 0016).</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), Localizer.Format("A password has at least {0} characters.", [length]));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), Localizer.Format("A password has at least one character that is neither a letter nor a digit.", []));

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), Localizer.Format("A password has at least one digit.", []));

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), Localizer.Format("A password has at least one lowercase letter.", []));

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), Localizer.Format("A password has at least one uppercase letter.", []));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), Localizer.Format("The username '{0}' can only contain lowercase letters, digits, '.', '_' or '-'.", [userName]));

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), Localizer.Format("The e-mail address '{0}' is not valid.", [email]));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
