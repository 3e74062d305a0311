using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Commands.ReviewAnomaly;

public sealed class ReviewAnomalyCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, AnomalyReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReviewAnomalyCommand, AnomalyDto>
{
    public async Task<AnomalyDto> Handle(ReviewAnomalyCommand r, CancellationToken cancellationToken)
    {
        var anomaly = await db.Anomalies.GetAsync(r.Id, "Anomaly", cancellationToken);
        var (by, at) = (user.UserId!.Value, clock.GetUtcNow());
        switch (r.To)
        {
            case AnomalyStatus.Acknowledged: anomaly.Acknowledge(by, r.Comment, at); break;
            case AnomalyStatus.Explained: anomaly.Explain(by, r.Comment, at); break;
            case AnomalyStatus.Dismissed: anomaly.Dismiss(by, r.Comment, at); break;
            default: throw new ArgumentOutOfRangeException(nameof(r), r.To, "Not a review step.");
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.OneAsync(anomaly, cancellationToken);
    }
}
