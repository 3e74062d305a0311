using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries;

/// <summary>How a repayment of <see cref="Amount"/> would be allocated now; writes nothing.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RepaymentPreviewQuery(Guid Id, decimal Amount) : IRequest<Allocation>;

public sealed class RepaymentPreviewQueryValidator : AbstractValidator<RepaymentPreviewQuery>
{
    public RepaymentPreviewQueryValidator(Common.Money.MoneyRules money) => money.Apply(RuleFor(x => x.Amount));
}

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
