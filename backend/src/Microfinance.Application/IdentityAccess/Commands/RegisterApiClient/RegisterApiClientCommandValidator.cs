namespace Microfinance.Application.IdentityAccess.Commands.RegisterApiClient;

public sealed class RegisterApiClientCommandValidator : AbstractValidator<RegisterApiClientCommand>
{
    public RegisterApiClientCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Scopes).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(s => s.Distinct(StringComparer.Ordinal).Count() == s.Count).WithLocalizedMessage("Each scope may be given once.");
        RuleForEach(x => x.Scopes).Must(ApiScopes.IsKnown)
            .WithLocalizedMessage("Unknown scope; the scopes are: {0}.", string.Join(", ", ApiScopes.All));
        RuleFor(x => x.RateLimitPerMinute).InclusiveBetween(1, ApiClientsOptions.MaxRateLimitPerMinute);
    }
}
