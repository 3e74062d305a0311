using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Loans.Commands.ReverseLoanRepayment;

public sealed class ReverseLoanRepaymentCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, LoanPostings postings, LedgerPoster ledger, LoanReader reader, InstitutionProfile institution, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReverseLoanRepaymentCommand, LoanDto>
{
    public async Task<LoanDto> Handle(ReverseLoanRepaymentCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.LoanId, cancellationToken);
        var repayments = await db.LoanRepayments.Where(p => p.LoanId == loan.Id && p.ReversedAt == null).OrderBy(p => p.Sequence).ToListAsync(cancellationToken);
        var reversed = repayments.FirstOrDefault(p => p.Id == r.RepaymentId)
            ?? (await db.LoanRepayments.AnyAsync(p => p.Id == r.RepaymentId && p.LoanId == loan.Id, cancellationToken)
                ? throw new DomainException("already_reversed", "This repayment was already reversed.")
                : throw new NotFoundException("Repayment", r.RepaymentId));
        var product = await postings.ProductAsync(loan, cancellationToken);

        reversed.MarkReversed(user.UserId, r.Reason.Trim(), clock.GetUtcNow());
        await ledger.ReverseAsync(reversed.JournalEntryId, r.Reason.Trim(), cancellationToken);
        var remaining = repayments.Where(p => p != reversed).ToList();
        var allocations = loan.Reallocate(remaining.Select(p => p.Amount).ToList());
        for (var k = 0; k < remaining.Count; k++)
        {
            await postings.ReallocateAsync(loan, product, remaining[k].Allocation, allocations[k], cancellationToken);
            remaining[k].Reallocate(allocations[k]);
        }
        loan.RecordArrears(await institution.TodayAsync(cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
