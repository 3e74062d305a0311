namespace Microfinance.Application.Accounting.Commands.MatchBankStatementLine;

public sealed class MatchBankStatementLineCommandValidator : AbstractValidator<MatchBankStatementLineCommand>
{
    public MatchBankStatementLineCommandValidator() => RuleFor(x => x.JournalLineId).NotEmpty();
}
