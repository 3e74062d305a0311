using Microfinance.Application.Clients.Commands.CreateClient;
using Microfinance.Application.Deposits.Commands.ActivateAccount;
using Microfinance.Application.Deposits.Commands.ApproveAccount;
using Microfinance.Application.Deposits.Commands.ApproveWithdrawal;
using Microfinance.Application.Deposits.Commands.Deposit;
using Microfinance.Application.Deposits.Commands.OpenAccount;
using Microfinance.Application.Deposits.Commands.PostSavingsInterestBatch;
using Microfinance.Application.Deposits.Commands.RejectWithdrawal;
using Microfinance.Application.Deposits.Commands.ReverseTransaction;
using Microfinance.Application.Deposits.Commands.Transfer;
using Microfinance.Application.Deposits.Commands.Withdraw;
using Microfinance.Application.Loans.Commands.ApproveLoanApplication;
using Microfinance.Application.Loans.Commands.CancelLoanApplication;
using Microfinance.Application.Loans.Commands.CreateLoanApplication;
using Microfinance.Application.Loans.Commands.DisburseLoan;
using Microfinance.Application.Loans.Commands.EndOfDay;
using Microfinance.Application.Loans.Commands.RecommendLoanApplication;
using Microfinance.Application.Loans.Commands.RejectLoanApplication;
using Microfinance.Application.Loans.Commands.RepayLoan;
using Microfinance.Application.Loans.Commands.ReturnLoanApplication;
using Microfinance.Application.Loans.Commands.ReviewLoanApplication;
using Microfinance.Application.Loans.Commands.SubmitLoanApplication;
using Microfinance.Application.Loans.Commands.WriteOffLoan;
using Microfinance.Application.Loans.Queries.GetLoanSchedule;
using Microfinance.Application.Reporting.Commands.RecordPortfolioSnapshots;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// A few months of a cooperative's life, deterministic (fixed random seed): clients registered by the agent, savings
/// accounts requested, approved and activated, current accounts opened in one step, deposits and withdrawals valued
/// over the last four months with each past month's savings interest, some transfers, a reversal, work left in the
/// supervisor's inbox, a bank statement partly reconciled, two tontines, cash drawers, one case of each anomaly rule,
/// and the accountant's manual entries and closed months.
/// </summary>
internal sealed class DemoOperations(DemoStaff staff, DemoProducts products, IReadOnlyList<Guid> branches, DateOnly today, DemoAnomalies anomalies,
    ILogger logger)
{
    private const int HistoryDays = 120;
    private const int LoanHistoryDays = 150;
    private readonly Random _random = new(2026);

    public async Task RunAsync(int clientCount, CancellationToken ct)
    {
        var savingsAccounts = new List<Guid>();
        var borrowers = new List<Guid>();
        var identified = new List<Guid>();
        Guid? unidentified = null;
        for (var i = 0; i < clientCount; i++)
        {
            if (i > 0 && i % 50 == 0) logger.LogInformation("Demo data: {Count} clients", i);
            var withDocument = i % 10 != 9;
            var client = await staff.AsAgent(m => m.Send(NewClient(i, withDocument), ct));
            if (!withDocument)
            {
                unidentified ??= client.Id;
                continue;
            }
            identified.Add(client.Id);

            var account = await staff.AsAgent(m => m.Send(new OpenAccountCommand(client.Id, products.Savings), ct));
            if (i % 25 == 3) continue; // left for the supervisor's inbox
            await staff.AsSupervisor(m => m.Send(new ApproveAccountCommand(account.Id), ct));
            await staff.AsAgent(m => m.Send(new ActivateAccountCommand(Channel.Cash) { Id = account.Id }, ct));
            savingsAccounts.Add(account.Id);
            if (i % 5 == 1) borrowers.Add(client.Id);
            await HistoryAsync(account.Id, minimumBalance: 5_000, earnsInterest: true, ct);

            if (i % 3 == 0)
            {
                var current = await staff.AsAgent(m => m.Send(new OpenAccountCommand(client.Id, products.Current), ct));
                await HistoryAsync(current.Id, minimumBalance: 0, earnsInterest: false, ct);
                await staff.AsAgent(m => m.Send(new TransferCommand(current.Id, account.Id, 500, "Épargne du mois"), ct));
            }
        }
        await LeaveWorkForTheSupervisorAsync(savingsAccounts, ct);
        await new DemoBankReconciliation(staff, today).RunAsync(ct);
        await LoansAsync(borrowers, ct);
        await new DemoTontines(staff, logger).RunAsync(identified, unidentified, ct);
        await new DemoDrawers(staff, logger).RunAsync(savingsAccounts, ct);
        await anomalies.PlantAsync(ct);
        // Last: its period close freezes the months everything above was valued in.
        await new DemoAccounting(staff, today).RunAsync(ct);
    }

    /// <summary>Loans in every state of the workflow; the disbursed ones backdated, some repaid on time, some late so PAR is not zero.</summary>
    private async Task LoansAsync(IReadOnlyList<Guid> borrowers, CancellationToken ct)
    {
        for (var k = 0; k < borrowers.Count; k++)
        {
            var amount = Francs(50_000, 400_000);
            var loan = await staff.AsAgent(m => m.Send(new CreateLoanApplicationCommand(
                borrowers[k], products.Loan, amount, _random.Next(4, 12), Pick(DemoNames.LoanPurposes), 18), ct));
            var stage = k % 10;
            if (stage == 0) continue;
            await staff.AsAgent(m => m.Send(new SubmitLoanApplicationCommand(loan.Id), ct));
            if (stage == 1) continue;
            await staff.AsSupervisor(m => m.Send(new ReviewLoanApplicationCommand { Id = loan.Id }, ct));
            if (stage == 2) continue;
            if (stage == 3)
            {
                await staff.AsSupervisor(m => m.Send(new ReturnLoanApplicationCommand("Préciser l'usage du crédit") { Id = loan.Id }, ct));
                await staff.AsAgent(m => m.Send(new CancelLoanApplicationCommand("Le client renonce") { Id = loan.Id }, ct));
                continue;
            }
            await staff.AsSupervisor(m => m.Send(new RecommendLoanApplicationCommand(loan.Id), ct));
            if (stage == 4) continue;
            if (stage == 5)
            {
                await staff.AsAdmin(m => m.Send(new RejectLoanApplicationCommand("Capacité de remboursement insuffisante") { Id = loan.Id }, ct));
                continue;
            }
            await staff.AsAdmin(m => m.Send(new ApproveLoanApplicationCommand(loan.Id), ct));
            if (stage == 6) continue;

            var disbursed = today.AddDays(-_random.Next(20, LoanHistoryDays));
            // For the reminders (docs/notifications-reminders.md): the first loan repaid on time has an installment due in 3 days.
            if (k == 7) disbursed = DisbursedForDueOn(today.AddDays(3));
            await staff.AsSupervisor(m => m.Send(new DisburseLoanCommand(DisbursementMode.Cash, disbursed) { Id = loan.Id }, ct));
            var schedule = await staff.AsAgent(m => m.Send(new GetLoanScheduleQuery(loan.Id), ct));
            // Stage 7 pays everything due, 8 pays all but the last due installment (late), 9 pays nothing (late) then is written off half the time.
            var due = schedule.Where(i => i.DueDate <= today).ToList();
            var paid = stage switch { 7 => due.Count, 8 => Math.Max(0, due.Count - 1), _ => 0 };
            foreach (var installment in due.Take(paid))
                await staff.AsAgent(m => m.Send(new RepayLoanCommand(installment.TotalDue, installment.DueDate, Channel.Cash) { LoanId = loan.Id }, ct));
            if (stage == 9 && k % 20 == 19)
                await staff.AsAdmin(m => m.Send(new WriteOffLoanCommand("Client parti sans laisser d'adresse") { Id = loan.Id }, ct));
        }
        // One cooperative "simple credit", repaid in full.
        if (borrowers.Count > 0)
        {
            var simple = await DisbursedLoanAsync(staff, new CreateLoanApplicationCommand(borrowers[0], products.SimpleCredit, 25_000, 1, "Crédit simple"),
                today.AddDays(-10), ct);
            await staff.AsAgent(m => m.Send(new RepayLoanCommand(25_000, today, Channel.Cash) { LoanId = simple }, ct));
        }
        // For the reminders: an installment unpaid since yesterday, everything due before it repaid.
        if (borrowers.Count > 1)
        {
            var late = await DisbursedLoanAsync(staff, new CreateLoanApplicationCommand(borrowers[1], products.Loan, 120_000, 6, DemoNames.LoanPurposes[0], 18),
                DisbursedForDueOn(today.AddDays(-1)), ct);
            var schedule = await staff.AsAgent(m => m.Send(new GetLoanScheduleQuery(late), ct));
            foreach (var installment in schedule.Where(i => i.DueDate < today.AddDays(-1)))
                await staff.AsAgent(m => m.Send(new RepayLoanCommand(installment.TotalDue, installment.DueDate, Channel.Cash) { LoanId = late }, ct));
        }
        await staff.AsAdmin(m => m.Send(new EndOfDayCommand(today.AddDays(-1)), ct));
        // The end of day records each day's portfolio from now on; the months before the demo began are replayed from
        // the same history, so the PAR trend has its past.
        for (var monthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1); monthEnd >= today.AddDays(-LoanHistoryDays);
             monthEnd = new DateOnly(monthEnd.Year, monthEnd.Month, 1).AddDays(-1))
        {
            var day = monthEnd;
            await staff.AsAdmin(m => m.Send(new RecordPortfolioSnapshotsCommand(day), ct));
        }
    }

    /// <summary>An application through the whole workflow, disbursed in cash on <paramref name="disbursed"/>; returns the loan's id.</summary>
    public static async Task<Guid> DisbursedLoanAsync(DemoStaff staff, CreateLoanApplicationCommand application, DateOnly disbursed, CancellationToken ct)
    {
        var loan = await staff.AsAgent(m => m.Send(application, ct));
        await staff.AsAgent(m => m.Send(new SubmitLoanApplicationCommand(loan.Id), ct));
        await staff.AsSupervisor(m => m.Send(new ReviewLoanApplicationCommand { Id = loan.Id }, ct));
        await staff.AsSupervisor(m => m.Send(new RecommendLoanApplicationCommand(loan.Id), ct));
        await staff.AsAdmin(m => m.Send(new ApproveLoanApplicationCommand(loan.Id), ct));
        await staff.AsSupervisor(m => m.Send(new DisburseLoanCommand(DisbursementMode.Cash, disbursed) { Id = loan.Id }, ct));
        return loan.Id;
    }

    /// <summary>A disbursement date whose monthly schedule has an installment due on <paramref name="due"/> (the 31st of a month after a shorter one needs two months back).</summary>
    private static DateOnly DisbursedForDueOn(DateOnly due) => due.AddMonths(-1).AddMonths(1) == due ? due.AddMonths(-1) : due.AddMonths(-2);

    private CreateClientCommand NewClient(int i, bool withDocument)
    {
        var female = i % 2 == 0;
        var first = Pick(female ? DemoNames.Women : DemoNames.Men);
        var last = Pick(DemoNames.Families);
        return new CreateClientCommand(
            first, last, female ? Gender.Female : Gender.Male, today.AddYears(-_random.Next(19, 70)).AddDays(-_random.Next(365)),
            $"+2299{6_100_000 + i:D7}", null, $"{Pick(DemoNames.Quarters)}, {_random.Next(1, 400)}", Pick(DemoNames.Cities),
            Pick(DemoNames.Occupations), withDocument ? IdDocumentType.NationalIdCard : null,
            withDocument ? $"BJ{1_000_000_000 + i * 7919L}" : null, branches[i % 3 == 2 && branches.Count > 1 ? 1 : 0], staff.AgentId);
    }

    /// <summary>
    /// Deposits and withdrawals spread over the last months, value dates moving forward; a savings account is credited
    /// each month's interest once the month is over, as the monthly job would have (for this account alone: the others'
    /// histories are already written up to today).
    /// </summary>
    private async Task HistoryAsync(Guid accountId, decimal minimumBalance, bool earnsInterest, CancellationToken ct)
    {
        var date = today.AddDays(-HistoryDays + _random.Next(20));
        var interestDue = new DateOnly(date.Year, date.Month, 1);
        decimal balance = 0;
        for (var n = _random.Next(3, 10); n > 0 && date <= today; n--, date = date.AddDays(_random.Next(3, 16)))
        {
            var valueDate = date > today ? today : date;
            if (earnsInterest) interestDue = await PostInterestBeforeAsync(accountId, interestDue, valueDate, ct);
            var spendable = balance - minimumBalance;
            if (spendable >= 2_000 && _random.Next(3) == 0)
            {
                var amount = Francs(2_000, Math.Min(spendable * 0.6m, 200_000));
                await staff.AsAgent(m => m.Send(new WithdrawCommand(amount, Channel.Cash, null, valueDate) { AccountId = accountId }, ct));
                balance -= amount;
            }
            else
            {
                var amount = Francs(2_000, 150_000);
                var channel = _random.Next(4) == 0 ? Channel.MobileMoney : Channel.Cash;
                await staff.AsAgent(m => m.Send(new DepositCommand(amount, channel, channel == Channel.MobileMoney ? $"MM{_random.Next(100000, 999999)}" : null, valueDate)
                { AccountId = accountId }, ct));
                balance += amount;
            }
        }
        if (earnsInterest) await PostInterestBeforeAsync(accountId, interestDue, today, ct);
    }

    /// <summary>Posts the account's interest for each month from <paramref name="month"/> that is over by <paramref name="day"/>; the next month due.</summary>
    private async Task<DateOnly> PostInterestBeforeAsync(Guid accountId, DateOnly month, DateOnly day, CancellationToken ct)
    {
        for (; month.AddMonths(1) <= day; month = month.AddMonths(1))
        {
            var settled = month;
            await staff.AsAdmin(m => m.Send(new PostSavingsInterestBatchCommand(settled, [accountId]), ct));
        }
        return month;
    }

    /// <summary>Large withdrawals waiting for approval, one approved, one rejected, and a deposit entered twice then reversed.</summary>
    private async Task LeaveWorkForTheSupervisorAsync(IReadOnlyList<Guid> accounts, CancellationToken ct)
    {
        for (var k = 0; k < Math.Min(5, accounts.Count); k++)
        {
            var account = accounts[k * 7 % accounts.Count];
            await staff.AsAgent(m => m.Send(new DepositCommand(900_000, Channel.BankTransfer, $"VIR-{k + 1:D3}") { AccountId = account }, ct));
            var outcome = await staff.AsAgent(m => m.Send(new WithdrawCommand(600_000, Channel.Cash, "Achat marchandises") { AccountId = account }, ct));
            if (outcome.PendingApproval is not { } request) continue;
            if (k == 3) await staff.AsSupervisor(m => m.Send(new ApproveWithdrawalCommand(request.Id), ct));
            if (k == 4) await staff.AsSupervisor(m => m.Send(new RejectWithdrawalCommand("Pièce d'identité non présentée") { Id = request.Id }, ct));
        }
        if (accounts.Count > 0)
        {
            var twice = await staff.AsAgent(m => m.Send(new DepositCommand(25_000, Channel.Cash, "Saisie en double") { AccountId = accounts[^1] }, ct));
            await staff.AsSupervisor(m => m.Send(new ReverseTransactionCommand("Dépôt saisi deux fois") { Id = twice.Id }, ct));
        }
    }

    /// <summary>A round amount (multiple of 500 F) between <paramref name="min"/> and <paramref name="max"/>.</summary>
    private decimal Francs(decimal min, decimal max) => min + 500 * _random.Next((int)((max - min) / 500) + 1);

    private string Pick(IReadOnlyList<string> values) => values[_random.Next(values.Count)];
}
