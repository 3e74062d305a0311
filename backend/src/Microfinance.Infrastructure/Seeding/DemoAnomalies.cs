using MediatR;
using Microfinance.Application.Anomalies.Commands.DetectAnomalies;
using Microfinance.Application.Clients.Commands.CreateClient;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Deposits.Commands.Deposit;
using Microfinance.Application.Deposits.Commands.OpenAccount;
using Microfinance.Application.Deposits.Commands.ReverseTransaction;
using Microfinance.Application.Deposits.Commands.Withdraw;
using Microfinance.Application.IdentityAccess.Commands.CreateUser;
using Microfinance.Application.Loans.Commands.CreateLoanApplication;
using Microfinance.Application.Loans.Commands.RepayLoan;
using Microfinance.Application.Loans.Queries.GetLoanSchedule;
using Microfinance.Application.Payments.Commands.CreatePayment;
using Microfinance.Application.Payments.Commands.ReconcilePayment;
using Microfinance.Application.Treasury.Commands.CloseCashDrawer;
using Microfinance.Application.Treasury.Commands.OpenCashDrawer;
using Microfinance.Application.Treasury.Commands.ValidateCashDrawer;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Treasury;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// One case of each anomaly rule (docs/anomalies.md "Demo") among the demo's normal activity, found by a detection run
/// at the end of seeding as the scheduler would. The money moves through the use cases; what the use cases rightly
/// refuse to write — the past — is dated afterwards by <see cref="DateAsync"/>: the demo's months of history were
/// recorded at seeding though valued over the past, which every operation would show as back-dated (and all at the
/// hour of seeding), so each movement is dated its value day during business hours, and the planted cases their own
/// times (an operation at 22:30, drawer sessions of past days, a payment flagged three days ago).
/// </summary>
internal sealed class DemoAnomalies(DemoStaff staff, IServiceScopeFactory scopes, DemoProducts products, IReadOnlyList<Guid> branches, DateOnly today, ILogger logger)
{
    private Guid _offHours, _firstDuplicate, _secondDuplicate, _flaggedPayment;
    private readonly List<Guid> _drawerSessions = [];
    private int _clients;

    /// <summary>Plants every case through the use cases; runs before the accountant closes the past months.</summary>
    public async Task PlantAsync(CancellationToken ct)
    {
        await LateRepaymentAsync(ct);
        await UnusualAmountAsync(ct);
        await StructuringAsync(ct);
        await EarlyLargeWithdrawalAsync(ct);
        await CashierSlipsAsync(ct);
        await MissingGuaranteeAsync(ct);
        await DrawerDifferencesAsync(ct);
        await ReversalRateAsync(ct);
        logger.LogInformation("Demo data: one case of each anomaly rule planted");
    }

    /// <summary>late_repayment: a loan disbursed a hundred days ago whose first installment alone was repaid: the second is weeks late.</summary>
    private async Task LateRepaymentAsync(CancellationToken ct)
    {
        var (client, _) = await ClientAsync(staff, "Sékou", "Adjovi", Gender.Male, "Menuisier", ct);
        var loan = await DemoOperations.DisbursedLoanAsync(staff,
            new CreateLoanApplicationCommand(client, products.Loan, 150_000, 6, "Achat de bois d'œuvre", 18), today.AddDays(-100), ct);
        var first = (await staff.AsAgent(m => m.Send(new GetLoanScheduleQuery(loan), ct)))[0];
        await staff.AsAgent(m => m.Send(new RepayLoanCommand(first.TotalDue, first.DueDate, Channel.Cash) { LoanId = loan }, ct));
    }

    /// <summary>unusual_amount: twelve ordinary deposits of 15 000–30 000 F over four months, then 450 000 F last week.</summary>
    private async Task UnusualAmountAsync(CancellationToken ct)
    {
        var account = await CurrentAccountAsync(staff, "Hortense", "Zinsou", Gender.Female, "Vendeuse de tissus", ct);
        for (var k = 0; k < 12; k++)
            await DepositAsync(staff, account, 15_000 + 1_500 * (k * 7 % 11), Channel.Cash, today.AddDays(-130 + 8 * k), ct);
        await DepositAsync(staff, account, 450_000, Channel.Cash, today.AddDays(-6), ct);
    }

    /// <summary>structuring: an account opened two months ago; three cash withdrawals in six days, each just under the current account's 1 000 000 F approval threshold.</summary>
    private async Task StructuringAsync(CancellationToken ct)
    {
        var account = await CurrentAccountAsync(staff, "Rodrigue", "Gbaguidi", Gender.Male, "Grossiste en céréales", ct);
        await DepositAsync(staff, account, 3_200_000, Channel.Cash, today.AddDays(-60), ct, "Recette de la campagne");
        foreach (var (amount, daysAgo) in new[] { (950_000m, 7), (920_000m, 4), (980_000m, 2) })
            await staff.AsAgent(m => m.Send(new WithdrawCommand(amount, Channel.Cash, "Achat de stock", today.AddDays(-daysAgo)) { AccountId = account }, ct));
    }

    /// <summary>early_large_withdrawal: an account opened twelve days ago, 1 200 000 F in, 700 000 F out in cash three days later.</summary>
    private async Task EarlyLargeWithdrawalAsync(CancellationToken ct)
    {
        var account = await CurrentAccountAsync(staff, "Edwige", "Akakpo", Gender.Female, "Transitaire", ct);
        await DepositAsync(staff, account, 1_200_000, Channel.Cash, today.AddDays(-12), ct, "Commission de transit");
        await staff.AsAgent(m => m.Send(new WithdrawCommand(700_000, Channel.Cash, null, today.AddDays(-9)) { AccountId = account }, ct));
    }

    /// <summary>
    /// One client's account with the cashier's slips: off_hours (a deposit recorded at 22:30, dated by <see cref="DateAsync"/>),
    /// near_duplicate (the same 35 000 F cash deposit twice, two minutes apart) and unresolved_payment (a mobile-money
    /// deposit whose provider confirmed 100 F less: flagged, left unresolved for three days).
    /// </summary>
    private async Task CashierSlipsAsync(CancellationToken ct)
    {
        var account = await CurrentAccountAsync(staff, "Kodjo", "Tossou", Gender.Male, "Mécanicien", ct);
        await DepositAsync(staff, account, 20_000, Channel.Cash, today.AddDays(-20), ct);
        _offHours = await DepositAsync(staff, account, 42_500, Channel.Cash, today.AddDays(-4), ct);
        _firstDuplicate = await DepositAsync(staff, account, 35_000, Channel.Cash, today.AddDays(-2), ct);
        _secondDuplicate = await DepositAsync(staff, account, 35_000, Channel.Cash, today.AddDays(-2), ct);

        var payment = await staff.AsAgent(m => m.Send(new CreatePaymentCommand(PaymentPurpose.Deposit, account, 15_000, "+22997000004", DemoDataSeeder.SandboxProviderCode), ct));
        var flagged = await staff.AsAgent(m => m.Send(new ReconcilePaymentCommand { Id = payment.Id }, ct));
        if (flagged.Status != PaymentStatus.Flagged)
            throw new InvalidOperationException($"The demo's mismatched payment was not flagged ({flagged.Status}).");
        _flaggedPayment = payment.Id;
    }

    /// <summary>missing_guarantee: 900 000 F lent (under the product's guarantee threshold) to a client whose only account, a current one, holds 60 000 F: no savings to cover 3 × over.</summary>
    private async Task MissingGuaranteeAsync(CancellationToken ct)
    {
        var (client, account) = await ClientAsync(staff, "Gisèle", "Hounkpatin", Gender.Female, "Restauratrice", ct);
        await DepositAsync(staff, account, 60_000, Channel.Cash, today.AddDays(-40), ct);
        await DemoOperations.DisbursedLoanAsync(staff,
            new CreateLoanApplicationCommand(client, products.Loan, 900_000, 12, "Extension du restaurant", 18), today, ct);
    }

    /// <summary>drawer_difference: the agent's drawer closed short three times in the last fortnight (1 500, 2 000 and 1 000 F), each validated.</summary>
    private async Task DrawerDifferencesAsync(CancellationToken ct)
    {
        DenominationCount[] float50K = [new("note-10000", 5)];
        DenominationCount[][] counted =
        [
            [new("note-10000", 4), new("note-5000", 1), new("note-2000", 1), new("coin-500", 3)],
            [new("note-10000", 4), new("note-5000", 1), new("note-2000", 1), new("coin-500", 2)],
            [new("note-10000", 4), new("note-5000", 1), new("note-2000", 2)],
        ];
        foreach (var counts in counted)
        {
            var drawer = await staff.AsAgent(m => m.Send(new OpenCashDrawerCommand(float50K), ct));
            await staff.AsAgent(m => m.Send(new CloseCashDrawerCommand(counts, "Écart constaté au comptage du soir") { Id = drawer.Id }, ct));
            await staff.AsSupervisor(m => m.Send(new ValidateCashDrawerCommand(drawer.Id), ct));
            _drawerSessions.Add(drawer.Id);
        }
    }

    /// <summary>
    /// reversal_rate: the Cotonou branch's two agents collect from the same three market traders every day of the last
    /// four weeks; of the second agent's 57 small deposits the supervisor reverses six (about 10 %), of the demo's
    /// agent's none (its one reversal is among many more operations). The rule compares each with its peers, so both
    /// agents record at least the rule's 50 operations in the window.
    /// </summary>
    private async Task ReversalRateAsync(CancellationToken ct)
    {
        var user = await staff.AsAdmin(m => m.Send(new CreateUserCommand("agent2", "Serge Houngbo", "agent2@demo.microfinance.local", null, Roles.Agent,
            branches[0], DemoDataSeeder.DemoPassword), ct));
        UserIdentity identity;
        await using (var scope = scopes.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope())
            identity = await scope.ServiceProvider.GetRequiredService<IIdentityService>().FindUserAsync(user.Id, onlyIfActive: true, ct)
                ?? throw new InvalidOperationException("The demo's second agent was not created.");
        var second = staff.WithAgent(identity);

        string[][] names = [["Ablavi", "Dossou"], ["Firmin", "Agossou"], ["Ramatou", "Ahouansou"]];
        var reversed = new List<Guid>();
        for (var c = 0; c < names.Length; c++)
        {
            var account = await CurrentAccountAsync(second, names[c][0], names[c][1], c % 2 == 0 ? Gender.Female : Gender.Male, "Commerce au marché", ct);
            for (var k = 0; k < 19; k++)
            {
                // Small, distinct amounts (2 000–8 750 and 9 000–9 900): ordinary deposits, never an unusual amount nor a duplicate.
                var deposit = await DepositAsync(second, account, 2_000 + 250 * (k + 19 * c) % 7_000, Channel.Cash, today.AddDays(-27 + k), ct);
                if (k % 9 == 4) reversed.Add(deposit);
                await DepositAsync(staff, account, 9_000 + 50 * k, Channel.Cash, today.AddDays(-27 + k), ct);
            }
        }
        foreach (var deposit in reversed)
            await staff.AsSupervisor(m => m.Send(new ReverseTransactionCommand("Montant mal saisi par l'agent") { Id = deposit }, ct));
    }

    private async Task<Guid> CurrentAccountAsync(DemoStaff by, string first, string last, Gender gender, string occupation, CancellationToken ct) =>
        (await ClientAsync(by, first, last, gender, occupation, ct)).Account;

    /// <summary>A client registered by <paramref name="by"/>'s agent in the Cotonou branch, with a current account opened at once.</summary>
    private async Task<(Guid Client, Guid Account)> ClientAsync(DemoStaff by, string first, string last, Gender gender, string occupation, CancellationToken ct)
    {
        var n = _clients++;
        var client = await by.AsAgent(m => m.Send(new CreateClientCommand(first, last, gender, today.AddYears(-30 - 3 * n).AddDays(-41 * n),
            $"+2299{5_100_000 + n:D7}", null, "Quartier Zongo, 12", "Cotonou", occupation, IdDocumentType.NationalIdCard,
            $"BJ{2_000_000_000 + n * 7919L}", branches[0], by.AgentId), ct));
        return (client.Id, (await by.AsAgent(m => m.Send(new OpenAccountCommand(client.Id, products.Current), ct))).Id);
    }

    private static async Task<Guid> DepositAsync(DemoStaff by, Guid account, decimal amount, Channel channel, DateOnly valueDate, CancellationToken ct,
        string? reference = null) =>
        (await by.AsAgent(m => m.Send(new DepositCommand(amount, channel, reference, valueDate) { AccountId = account }, ct))).Id;

    /// <summary>
    /// Dates the demo as it would have been recorded: each movement on its value day from 08:00 (a Sunday's on the Monday,
    /// the branches being closed), 30 seconds apart in the order they were recorded, each account opened just before its
    /// first movement; then the planted cases' own times. Today's activity too, even when the demo is seeded before the
    /// branches open or on a Sunday: it is then dated a few hours ahead, rather than at a night's or a Sunday's minute
    /// that the anomaly detection would rightly flag, every operation of the day, as <c>off_hours</c>.
    /// </summary>
    public async Task DateAsync(Guid institutionId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database;
        var zone = await db.SqlQuery<string>($"SELECT time_zone AS \"Value\" FROM institutions WHERE id = {institutionId}").SingleAsync(ct);
        await db.ExecuteSqlAsync($"""
            UPDATE account_transactions t SET created_at = d.at
              FROM (SELECT id, (day + time '08:00') AT TIME ZONE {zone}
                               + (row_number() OVER (PARTITION BY day ORDER BY created_at, sequence, id) - 1) * interval '30 seconds' AS at
                      FROM (SELECT *, value_date + (extract(isodow FROM value_date) = 7)::int AS day
                              FROM account_transactions WHERE institution_id = {institutionId}) v) d
             WHERE d.id = t.id;
            UPDATE loan_repayments r SET created_at = d.at
              FROM (SELECT id, (day + time '08:00') AT TIME ZONE {zone}
                               + (row_number() OVER (PARTITION BY day ORDER BY created_at, sequence, id) - 1) * interval '30 seconds' AS at
                      FROM (SELECT *, date + (extract(isodow FROM date) = 7)::int AS day
                              FROM loan_repayments WHERE institution_id = {institutionId}) v) d
             WHERE d.id = r.id;
            UPDATE deposit_accounts a SET requested_at = least(a.requested_at, f.first - interval '3 minutes'),
                   approved_at = CASE WHEN a.approved_at IS NOT NULL THEN least(a.approved_at, f.first - interval '2 minutes') END,
                   activated_at = CASE WHEN a.activated_at IS NOT NULL THEN least(a.activated_at, f.first - interval '1 minute') END
              FROM (SELECT account_id, min(created_at) AS first FROM account_transactions WHERE institution_id = {institutionId} GROUP BY account_id) f
             WHERE f.account_id = a.id;
            """, ct);

        // The planted times, in the institution's zone.
        var offHoursDay = today.AddDays(-4);
        await db.ExecuteSqlAsync($"""
            UPDATE account_transactions SET created_at = ({offHoursDay} + time '22:30') AT TIME ZONE {zone} WHERE id = {_offHours};
            UPDATE account_transactions SET created_at = (SELECT created_at + interval '2 minutes' FROM account_transactions WHERE id = {_firstDuplicate})
             WHERE id = {_secondDuplicate};
            UPDATE payment_intents SET created_at = created_at - interval '3 days', settled_at = settled_at - interval '3 days' WHERE id = {_flaggedPayment};
            UPDATE payment_events SET at = at - interval '3 days' WHERE payment_intent_id = {_flaggedPayment};
            """, ct);
        for (var k = 0; k < _drawerSessions.Count; k++)
        {
            var day = today.AddDays(-3 - 5 * k);
            await db.ExecuteSqlAsync($"""
                UPDATE cash_drawer_sessions SET business_date = {day}, opened_at = ({day} + time '07:45') AT TIME ZONE {zone},
                       closed_at = ({day} + time '18:10') AT TIME ZONE {zone}, validated_at = ({day} + time '18:40') AT TIME ZONE {zone}
                 WHERE id = {_drawerSessions[k]}
                """, ct);
        }
    }

    /// <summary>The detection the scheduler would run, once, by the institution's "system" actor, so that <c>make run</c> shows the findings.</summary>
    public async Task DetectAsync(Guid institutionId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IUserImpersonation>().ActAs(InstitutionJob.SystemActor(institutionId));
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DetectAnomaliesCommand(), ct);
        logger.LogInformation("Demo data: anomaly detection found {Found}", string.Join(", ", result.Rules.Select(r => $"{r.Rule} {r.Found}")));
    }
}
