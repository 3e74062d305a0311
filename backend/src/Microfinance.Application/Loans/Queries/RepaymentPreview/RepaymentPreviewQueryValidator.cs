namespace Microfinance.Application.Loans.Queries.RepaymentPreview;

public sealed class RepaymentPreviewQueryValidator : AbstractValidator<RepaymentPreviewQuery>
{
    public RepaymentPreviewQueryValidator(Common.Money.MoneyRules money) => money.Apply(RuleFor(x => x.Amount));
}
