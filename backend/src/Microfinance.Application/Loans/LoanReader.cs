using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

/// <summary>Loans as the API shows them, with totals computed in the database from the installments.</summary>
public sealed class LoanReader(IApplicationDbContext db, InstitutionProfile institution)
{
    public async Task<IQueryable<LoanDto>> LoansAsync(CancellationToken ct)
    {
        var currency = await institution.CurrencyAsync(ct);
        return
            from l in db.Loans.AsNoTracking()
            join c in db.Clients on l.ClientId equals c.Id
            join p in db.LoanProducts on l.ProductId equals p.Id
            // EF cannot keep an IQueryable in a `let`: each total is its own correlated subquery on the installments.
            select new LoanDto
            {
                Id = l.Id,
                Number = l.Number,
                ClientId = l.ClientId,
                ClientName = c.FirstName + " " + c.LastName,
                ProductId = l.ProductId,
                ProductName = p.Name,
                BranchId = l.BranchId,
                Status = l.Status,
                Principal = l.Principal,
                AnnualInterestRatePercent = l.AnnualInterestRatePercent,
                NumberOfInstallments = l.NumberOfInstallments,
                Frequency = l.Frequency,
                InterestMethod = l.InterestMethod,
                Amortization = l.Amortization,
                GracePeriods = l.GracePeriods,
                ProcessingFeePercent = l.ProcessingFeePercent,
                Purpose = l.Purpose,
                Guarantee = l.Guarantee,
                StatusReason = l.StatusReason,
                CreatedBy = l.CreatedBy,
                CreatedAt = l.CreatedAt,
                RecommendedBy = l.RecommendedBy,
                DecidedBy = l.DecidedBy,
                DisbursementDate = l.DisbursementDate,
                TotalInterest = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.InterestDue),
                TotalFees = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.FeesDue),
                TotalPenalties = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PenaltiesDue),
                TotalRepaid = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid),
                Outstanding = db.LoanInstallments.Where(i => i.LoanId == l.Id)
                    .Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid),
                OutstandingPrincipal = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PrincipalDue - i.PrincipalPaid),
                DaysInArrears = l.DaysInArrearsRecorded,
                NextDueDate = db.LoanInstallments.Where(i => i.LoanId == l.Id && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid
                        < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue)
                    .OrderBy(i => i.Number).Select(i => (DateOnly?)i.DueDate).FirstOrDefault(),
                NextDueAmount = db.LoanInstallments.Where(i => i.LoanId == l.Id && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid
                        < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue)
                    .OrderBy(i => i.Number)
                    .Select(i => (decimal?)(i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid))
                    .FirstOrDefault(),
                Currency = currency,
            };
    }

    public async Task<LoanDto> LoanAsync(Guid id, CancellationToken ct) =>
        await (await LoansAsync(ct)).FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Loan", id);

    public async Task<LoanPrintout> PrintoutAsync(Guid id, CancellationToken ct)
    {
        var loan = await LoanAsync(id, ct);
        var parties = await (
            from c in db.Clients
            join b in db.Branches on loan.BranchId equals b.Id
            where c.Id == loan.ClientId
            select new { c.Number, c.Phone, BranchName = b.Name }).FirstAsync(ct);
        return new LoanPrintout(loan, parties.Number, parties.Phone, parties.BranchName);
    }

    public async Task<IReadOnlyList<InstallmentDto>> ScheduleAsync(Guid loanId, CancellationToken ct)
    {
        if (!await db.Loans.AnyAsync(l => l.Id == loanId, ct)) throw new NotFoundException("Loan", loanId);
        var today = await institution.TodayAsync(ct);
        var installments = await db.LoanInstallments.AsNoTracking().Where(i => i.LoanId == loanId).OrderBy(i => i.Number).ToListAsync(ct);
        return installments.Select(i => new InstallmentDto(
            i.Number, i.DueDate, i.PrincipalDue, i.InterestDue, i.FeesDue, i.PenaltiesDue, i.TotalDue,
            i.PrincipalPaid, i.InterestPaid, i.FeesPaid, i.PenaltiesPaid, i.TotalPaid, i.Outstanding, StateOf(i, today))).ToList();
    }

    private static InstallmentState StateOf(LoanInstallment i, DateOnly today) =>
        i.IsPaid ? InstallmentState.Paid
        : i.DueDate < today ? InstallmentState.Late
        : i.TotalPaid > 0 ? InstallmentState.PartiallyPaid
        : i.DueDate == today ? InstallmentState.Due
        : InstallmentState.Upcoming;
}
