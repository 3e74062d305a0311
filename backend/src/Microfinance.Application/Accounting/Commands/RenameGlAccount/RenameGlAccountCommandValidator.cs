namespace Microfinance.Application.Accounting.Commands.RenameGlAccount;

public sealed class RenameGlAccountCommandValidator : AbstractValidator<RenameGlAccountCommand>
{
    public RenameGlAccountCommandValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(160);
}
