using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Accounting.Commands.UpdateAccountingSettings;

public sealed class UpdateAccountingSettingsCommandValidator : AbstractValidator<UpdateAccountingSettingsCommand>
{
    public UpdateAccountingSettingsCommandValidator(MoneyRules money) =>
        money.Apply(RuleFor(x => x.ManualEntryApprovalThreshold)).When(x => x.ManualEntryApprovalThreshold != 0);
}
