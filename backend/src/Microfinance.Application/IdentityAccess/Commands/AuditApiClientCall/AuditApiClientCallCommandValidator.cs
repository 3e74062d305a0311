namespace Microfinance.Application.IdentityAccess.Commands.AuditApiClientCall;

public sealed class AuditApiClientCallCommandValidator : AbstractValidator<AuditApiClientCallCommand>
{
    public AuditApiClientCallCommandValidator()
    {
        RuleFor(x => x.Method).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Route).MaximumLength(AuditApiClientCallCommand.MaxPathLength);
        RuleFor(x => x.Path).NotEmpty().MaximumLength(AuditApiClientCallCommand.MaxPathLength);
        RuleFor(x => x.Status).InclusiveBetween(100, 599);
    }
}
