namespace Microfinance.Application.Reporting.Commands.ExportGeneralLedger;

public sealed class ExportGeneralLedgerCommandValidator : AbstractValidator<ExportGeneralLedgerCommand>
{
    public ExportGeneralLedgerCommandValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
        RuleFor(x => x.Format).IsInEnum();
    }
}
