namespace Microfinance.Application.Clients.Commands.UpdateClientMessaging;

public sealed class UpdateClientMessagingCommandValidator : AbstractValidator<UpdateClientMessagingCommand>
{
    public UpdateClientMessagingCommandValidator()
    {
        RuleFor(x => x.Language).NotEmpty().Must(l => l is "fr" or "en").WithLocalizedMessage("The language must be \"fr\" or \"en\".");
    }
}
