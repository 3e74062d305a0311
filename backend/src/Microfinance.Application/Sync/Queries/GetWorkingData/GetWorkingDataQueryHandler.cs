using Microfinance.Application.Common.Money;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Sync.Queries.GetWorkingData;

/// <summary>One query per list, each narrowed to the clients read first (no query per client).</summary>
public sealed class GetWorkingDataQueryHandler(IApplicationDbContext db, ICurrentUser user, InstitutionProfile institution, TimeProvider clock)
    : IRequestHandler<GetWorkingDataQuery, WorkingDataDto>
{
    /// <summary>A phone's storage and a slow link's patience: an agent's round is a few hundred clients.</summary>
    public const int MaxClients = 5_000;

    public async Task<WorkingDataDto> Handle(GetWorkingDataQuery q, CancellationToken cancellationToken)
    {
        var current = await institution.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = current.Today(now);

        var clients = await Scoped(db.Clients.AsNoTracking())
            .Where(c => c.Status == ClientStatus.Active || c.Status == ClientStatus.PendingKyc)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Select(c => new WorkingClientDto(c.Id, c.Number, c.FirstName, c.LastName, c.Phone, c.BranchId))
            .Take(MaxClients + 1).ToListAsync(cancellationToken);
        var truncated = clients.Count > MaxClients;
        if (truncated) clients.RemoveAt(MaxClients);
        var ids = clients.Select(c => c.Id).ToList();

        var accounts = await (
            from a in db.DepositAccounts.AsNoTracking()
            join p in db.DepositProducts on a.ProductId equals p.Id
            where a.Status == DepositAccountStatus.Active && ids.Contains(a.ClientId)
            orderby a.Number
            select new WorkingAccountDto(a.Id, a.Number, a.ClientId, p.Name, a.Status, a.Balance)).ToListAsync(cancellationToken);

        var loans = await db.Loans.AsNoTracking()
            .Where(l => l.Status == LoanStatus.Active && ids.Contains(l.ClientId))
            .OrderBy(l => l.Number)
            .Select(l => new WorkingLoanDto
            {
                Id = l.Id,
                Number = l.Number,
                ClientId = l.ClientId,
                Status = l.Status,
                OutstandingPrincipal = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PrincipalDue - i.PrincipalPaid),
                AmountOverdue = db.LoanInstallments.Where(i => i.LoanId == l.Id && i.DueDate < today)
                    .Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid),
                NextInstallment = db.LoanInstallments
                    .Where(i => i.LoanId == l.Id && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue)
                    .OrderBy(i => i.Number)
                    .Select(i => new WorkingInstallmentDto(i.Number, i.DueDate,
                        i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid))
                    .FirstOrDefault(),
            }).ToListAsync(cancellationToken);

        var participants = await (
            from p in db.TontineParticipants.AsNoTracking()
            join t in db.Tontines on p.TontineId equals t.Id
            where p.Status == TontineParticipantStatus.Active && ids.Contains(p.ClientId)
            orderby t.Name, p.Id
            select new WorkingParticipantDto(p.Id, p.TontineId, t.Name, p.ClientId, p.DailyAmount, p.Status,
                // The cycle of cell k + 1, as TontineParticipant.CurrentCycle.
                (int)(p.CellsFilled / p.CycleLengthDays) + 1, p.CellsFilled, p.CycleLengthDays, p.SavedBalance,
                p.LastContributionOn == today ? db.TontineContributions.Where(x => x.ParticipantId == p.Id && x.Date == today).Sum(x => x.Amount) : 0))
            .ToListAsync(cancellationToken);

        var depositProducts = await db.DepositProducts.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name)
            .Select(p => new WorkingProductDto(p.Id, p.Name, p.Code)).ToListAsync(cancellationToken);
        var loanProducts = await db.LoanProducts.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name)
            .Select(p => new WorkingProductDto(p.Id, p.Name, p.Code)).ToListAsync(cancellationToken);

        return new WorkingDataDto(now, today, new WorkingInstitutionDto(current.CurrencyCode, current.TimeZone, current.OfflineToleranceDays),
            clients, accounts, loans, participants, new WorkingProductsDto(depositProducts, loanProducts), truncated);
    }

    /// <summary>An agent's assigned clients; a supervisor's or an admin's branch; everything for a user of no branch.</summary>
    private IQueryable<Client> Scoped(IQueryable<Client> clients) => user.Role switch
    {
        Roles.Agent => clients.Where(c => c.AssignedAgentId == user.UserId),
        _ when user.BranchId is { } branch => clients.Where(c => c.BranchId == branch),
        _ => clients,
    };
}
