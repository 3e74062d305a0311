using Microfinance.Application.Common.Money;
using Microfinance.Application.Deposits.Commands.PostSavingsInterestBatch;
using Microfinance.Domain.Common;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Deposits.Commands.PostSavingsInterest;

public sealed class PostSavingsInterestCommandHandler(IApplicationDbContext db, IMediator mediator, InstitutionProfile institution, IOptions<SavingsInterestOptions> options)
    : IRequestHandler<PostSavingsInterestCommand, SavingsInterestResult>
{
    public async Task<SavingsInterestResult> Handle(PostSavingsInterestCommand request, CancellationToken cancellationToken)
    {
        Months.TryParse(request.Month, out var month);
        if (month.AddMonths(1) > await institution.TodayAsync(cancellationToken))
            throw new DomainException("month_not_over", "Interest is posted for a month that is over; {0} is not.", request.Month);

        int credited = 0, withoutInterest = 0;
        decimal total = 0;
        var after = Guid.Empty;
        var size = Math.Max(1, options.Value.BatchSize);
        while (await DueAccountsAsync(month, after, size, cancellationToken) is { Count: > 0 } ids)
        {
            var batch = await mediator.Send(new PostSavingsInterestBatchCommand(month, ids), cancellationToken);
            (credited, withoutInterest, total, after) = (credited + batch.AccountsCredited, withoutInterest + batch.AccountsWithoutInterest, total + batch.TotalInterest, ids[^1]);
        }
        // Counted at the end, so that accounts a concurrent run settled meanwhile are counted too.
        var settled = await db.SavingsInterestPostings.CountAsync(p => p.Month == month, cancellationToken);
        return new SavingsInterestResult(request.Month, credited, withoutInterest, total, settled - credited - withoutInterest);
    }

    /// <summary>The next accounts, in id order, that earn interest and whose month is not settled yet.</summary>
    private Task<List<Guid>> DueAccountsAsync(DateOnly month, Guid after, int count, CancellationToken ct) =>
        db.UnsettledForInterest(month).AsNoTracking().Where(a => a.Id.CompareTo(after) > 0).OrderBy(a => a.Id).Select(a => a.Id).Take(count).ToListAsync(ct);
}
