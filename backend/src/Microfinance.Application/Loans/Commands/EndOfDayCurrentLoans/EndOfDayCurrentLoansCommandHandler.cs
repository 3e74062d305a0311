namespace Microfinance.Application.Loans.Commands.EndOfDayCurrentLoans;

public sealed class EndOfDayCurrentLoansCommandHandler(IApplicationDbContext db, IAuditTrail audit)
    : IRequestHandler<EndOfDayCurrentLoansCommand, int>
{
    public async Task<int> Handle(EndOfDayCurrentLoansCommand request, CancellationToken cancellationToken)
    {
        var date = request.Date;
        var overdue = db.LoanInstallments.OverdueBefore(date);
        var advanced = await db.Loans.Active()
            .Where(l => l.PenaltiesAppliedThrough < date && l.DaysInArrearsRecorded == 0 && !overdue.Any(i => i.LoanId == l.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PenaltiesAppliedThrough, (DateOnly?)date), cancellationToken);
        // A set-based update is invisible to the change tracker: the trail records what it did instead.
        audit.Describe("EndOfDayCurrentLoans", new { date, loans = advanced });
        return advanced;
    }
}
