namespace Microfinance.Application.Tontines.Commands.RejectTontineAdhesion;

public sealed class RejectTontineAdhesionCommandValidator : AbstractValidator<RejectTontineAdhesionCommand>
{
    public RejectTontineAdhesionCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
