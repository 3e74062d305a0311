using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Commands.ReviewAnomaly;

public sealed class ReviewAnomalyCommandValidator : AbstractValidator<ReviewAnomalyCommand>
{
    public ReviewAnomalyCommandValidator()
    {
        RuleFor(x => x.To).Must(s => s is AnomalyStatus.Acknowledged or AnomalyStatus.Explained or AnomalyStatus.Dismissed)
            .WithLocalizedMessage("A review acknowledges, explains or dismisses a finding.");
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(AnomalyComment.MaxLength);
    }
}
