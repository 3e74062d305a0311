namespace Microfinance.Application.IdentityAccess.Commands.IssueClientToken;

public sealed class IssueClientTokenCommandValidator : AbstractValidator<IssueClientTokenCommand>
{
    public IssueClientTokenCommandValidator()
    {
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(64);
        RuleFor(x => x.ClientSecret).NotEmpty().MaximumLength(128);
        RuleFor(x => x.Scope).MaximumLength(500);
    }
}
