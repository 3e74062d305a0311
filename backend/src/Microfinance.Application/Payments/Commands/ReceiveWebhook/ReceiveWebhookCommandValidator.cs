namespace Microfinance.Application.Payments.Commands.ReceiveWebhook;

public sealed class ReceiveWebhookCommandValidator : AbstractValidator<ReceiveWebhookCommand>
{
    public const int MaxBodyBytes = 64 * 1024;

    public ReceiveWebhookCommandValidator()
    {
        RuleFor(x => x.Provider).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Request.Body.Length).LessThanOrEqualTo(MaxBodyBytes).OverridePropertyName("body");
    }
}
