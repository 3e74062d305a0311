using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.RepaymentPreview;

public sealed class RepaymentPreviewQueryHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<RepaymentPreviewQuery, Allocation>
{
    public async Task<Allocation> Handle(RepaymentPreviewQuery q, CancellationToken cancellationToken)
    {
        // An untracked copy: the allocation runs on it in memory and is thrown away.
        var loan = await db.Loans.AsNoTracking().Include(l => l.Installments).FirstOrDefaultAsync(l => l.Id == q.Id, cancellationToken)
            ?? throw new NotFoundException("Loan", q.Id);
        return loan.Repay(q.Amount, clock.GetUtcNow());
    }
}
