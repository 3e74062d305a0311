namespace Microfinance.Application.Notifications.Commands.UpdateNotificationPreferences;

public sealed class UpdateNotificationPreferencesCommandValidator : AbstractValidator<UpdateNotificationPreferencesCommand>
{
    public UpdateNotificationPreferencesCommandValidator()
    {
        RuleFor(x => x.Language).NotEmpty().Must(l => l is "fr" or "en").WithLocalizedMessage("The language must be \"fr\" or \"en\".");
        RuleFor(x => x.EmailKinds).NotNull();
        RuleForEach(x => x.EmailKinds).IsInEnum();
    }
}
