namespace Microfinance.Application.IdentityAccess.Commands.CreateBranch;

public sealed class CreateBranchCommandValidator : AbstractValidator<CreateBranchCommand>
{
    public CreateBranchCommandValidator()
    {
        // The code prefixes account numbers: short and unambiguous.
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9]{2,8}$").WithLocalizedMessage("Use 2 to 8 letters or digits.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Address).MaximumLength(300);
    }
}
