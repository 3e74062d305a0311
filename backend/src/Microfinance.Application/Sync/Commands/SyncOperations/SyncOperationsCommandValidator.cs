using Microfinance.Application.Common.Idempotency;

namespace Microfinance.Application.Sync.Commands.SyncOperations;

/// <summary>The envelope: what makes the batch unreadable as a whole (nothing is processed then). Each operation's own rules are its command's.</summary>
public sealed class SyncOperationsCommandValidator : AbstractValidator<SyncOperationsCommand>
{
    /// <summary>A day's round is a few hundred operations; a phone with more sends them in several batches.</summary>
    public const int MaxOperations = 500;

    public SyncOperationsCommandValidator()
    {
        RuleFor(x => x.DeviceId).NotEmpty().Matches(IdempotencyKey.Pattern)
            .WithLocalizedMessage("Use 1 to 100 letters, digits, '-', '_', '.' or ':'.");
        RuleFor(x => x.Operations).NotEmpty()
            .Must(o => o.Count <= MaxOperations).WithLocalizedMessage("A batch holds at most {0} operations.", MaxOperations)
            .Must(o => o.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == o.Count)
            .WithLocalizedMessage("Each operation of a batch has its own key.");
        RuleForEach(x => x.Operations).ChildRules(operation =>
        {
            operation.RuleFor(o => o.Key).NotEmpty().Matches(IdempotencyKey.Pattern)
                .WithLocalizedMessage("Use 1 to 100 letters, digits, '-', '_', '.' or ':'.");
            operation.RuleFor(o => o.Kind).IsInEnum();
            operation.RuleFor(o => o.TargetId).NotEmpty().When(o => o.Kind != SyncOperationKind.NewClient)
                .WithLocalizedMessage("Give the operation's target: the account, the loan or the tontine participant.");
            operation.RuleFor(o => o.TargetId).Null().When(o => o.Kind == SyncOperationKind.NewClient)
                .WithLocalizedMessage("A new client has no target.");
            operation.RuleFor(o => o.Amount).NotNull().When(o => o.Kind is SyncOperationKind.Deposit or SyncOperationKind.LoanRepayment);
            operation.RuleFor(o => o).Must(o => (o.Amount is null) != (o.Days is null)).When(o => o.Kind == SyncOperationKind.TontineContribution)
                .OverridePropertyName("days").WithLocalizedMessage("Give either a number of days or an amount, not both.");
            operation.RuleFor(o => o.Days).Null().When(o => o.Kind != SyncOperationKind.TontineContribution)
                .WithLocalizedMessage("Only a tontine contribution counts days.");
            operation.RuleFor(o => o.Client).NotNull().When(o => o.Kind == SyncOperationKind.NewClient);
            operation.RuleFor(o => o.Client).Null().When(o => o.Kind != SyncOperationKind.NewClient)
                .WithLocalizedMessage("Only a new client carries a client.");
        });
    }
}
