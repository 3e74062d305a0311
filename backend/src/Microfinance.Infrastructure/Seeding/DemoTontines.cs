using Microfinance.Application.Payments.Commands.CreatePayment;
using Microfinance.Application.Payments.Commands.ReconcilePayment;
using Microfinance.Application.Tontines.Commands.ApproveTontineWithdrawal;
using Microfinance.Application.Tontines.Commands.ContributeToTontine;
using Microfinance.Application.Tontines.Commands.CreateTontine;
using Microfinance.Application.Tontines.Commands.OpenTontine;
using Microfinance.Application.Tontines.Commands.PayTontineAdhesionFee;
using Microfinance.Application.Tontines.Commands.RejectTontineAdhesion;
using Microfinance.Application.Tontines.Commands.RequestTontineAdhesion;
using Microfinance.Application.Tontines.Commands.RequestTontineWithdrawal;
using Microfinance.Application.Tontines.Commands.ValidateTontineAdhesion;
using Microfinance.Application.Tontines.Queries.ListTontineAdhesions;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Payments;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// Two open tontines (docs/tontines.md) whose participants, clients whose identity was checked, joined through the
/// adhesion workflow and filled their booklets over one, two or three cycles — mostly in cash collected by the agent,
/// some by mobile money — with a withdrawal approved, one waiting, adhesions left in the agent's inbox, and one
/// participant who has not contributed since joining. Contributions
/// are dated the day they are recorded (the use case takes no value date), so the demo's booklets carry today's date.
/// </summary>
internal sealed class DemoTontines(DemoStaff staff, ILogger logger)
{
    /// <summary>The sandbox number that sends no webhook: the reconciliation settles the payment at once, nothing is left queued.</summary>
    private const string ReconciledPayer = "+22997000003";

    /// <summary>
    /// A participant's daily amount and the days of each of its contributions, in order; the first one, at 500 F a day,
    /// is the worked example of docs/tontines.md (10, 25 and 3 days: cells 1–10, 11–35 and 36–38).
    /// </summary>
    private static readonly (decimal Daily, int[] Days)[] Market =
    [
        (500, [10, 25, 3]), (200, [31, 31, 5]), (1_000, [7, 6]), (300, [20, 11]),
        (2_500, [15, 15, 15]), (500, [4]), (1_000, [30, 30, 20]), (250, [12, 9]),
    ];

    private static readonly (decimal Daily, int[] Days)[] Traders =
    [
        (1_000, [31, 10]), (500, [9]), (5_000, [14, 14]), (2_000, [31, 31, 12]), (1_500, [25, 20]), (10_000, [6]), (500, [18]),
    ];

    /// <param name="identified">Clients whose identity document was checked, in the order they were registered.</param>
    /// <param name="unidentified">A client with no document on file, whose adhesion is refused.</param>
    public async Task RunAsync(IReadOnlyList<Guid> identified, Guid? unidentified, CancellationToken ct)
    {
        var market = await OpenAsync("Tontine du marché Dantokpa", "TM-DANTO", 200, 5_000, 1_000, ct);
        var traders = await OpenAsync("Carnet des commerçantes", "CARNET-C", 500, 10_000, 2_000, ct);
        var clients = identified.GetEnumerator();

        var marketParticipants = await JoinAndContributeAsync(market, Market, clients, ct);
        var traderParticipants = await JoinAndContributeAsync(traders, Traders, clients, ct);

        // 200 F a day over 67 cells: 64 saved cells, 12 800 F; the supervisor pays out 10 000 of it.
        if (marketParticipants.Count > 1)
        {
            var paid = await staff.AsAgent(m => m.Send(new RequestTontineWithdrawalCommand(10_000) { ParticipantId = marketParticipants[1] }, ct));
            await staff.AsSupervisor(m => m.Send(new ApproveTontineWithdrawalCommand(paid.Id), ct));
        }
        // 2 000 F a day over 74 cells: 142 000 F saved; 50 000 asked, waiting for someone other than the agent.
        if (traderParticipants.Count > 3)
            await staff.AsAgent(m => m.Send(new RequestTontineWithdrawalCommand(50_000) { ParticipantId = traderParticipants[3] }, ct));

        // The adhesions inbox: one to check, one checked whose fee is not paid yet, one refused.
        if (clients.MoveNext())
            await staff.AsAgent(m => m.Send(new RequestTontineAdhesionCommand(clients.Current, 1_000) { TontineId = traders }, ct));
        if (clients.MoveNext())
        {
            var validated = await staff.AsAgent(m => m.Send(new RequestTontineAdhesionCommand(clients.Current, 700) { TontineId = market }, ct));
            await staff.AsAgent(m => m.Send(new ValidateTontineAdhesionCommand(validated.Id), ct));
        }
        if (unidentified is { } refused)
        {
            var adhesion = await staff.AsAgent(m => m.Send(new RequestTontineAdhesionCommand(refused, 500) { TontineId = traders }, ct));
            await staff.AsAgent(m => m.Send(new RejectTontineAdhesionCommand("Pièce d'identité non présentée") { Id = adhesion.Id }, ct));
        }
        // A participant who has not contributed since joining; DemoReminders moves the joining back so the reminders find its streak.
        var idle = 0;
        if (clients.MoveNext())
        {
            var adhesion = await staff.AsAgent(m => m.Send(new RequestTontineAdhesionCommand(clients.Current, 300) { TontineId = market }, ct));
            await staff.AsAgent(m => m.Send(new ValidateTontineAdhesionCommand(adhesion.Id), ct));
            await staff.AsAgent(m => m.Send(new PayTontineAdhesionFeeCommand(Channel.Cash) { Id = adhesion.Id }, ct));
            idle = 1;
        }
        logger.LogInformation("Demo data: tontines with {Count} participants", marketParticipants.Count + traderParticipants.Count + idle);
    }

    private async Task<Guid> OpenAsync(string name, string code, decimal min, decimal max, decimal fee, CancellationToken ct)
    {
        var tontine = await staff.AsAdmin(m => m.Send(new CreateTontineCommand(name, code, min, max, fee), ct));
        await staff.AsAdmin(m => m.Send(new OpenTontineCommand(tontine.Id), ct));
        return tontine.Id;
    }

    /// <summary>
    /// Each plan takes the next client: adhesion requested, identity checked, fee paid (the third participant's by mobile
    /// money), then its contributions, the last one of every third participant by mobile money. Returns the participants.
    /// </summary>
    private async Task<List<Guid>> JoinAndContributeAsync(Guid tontineId, (decimal Daily, int[] Days)[] plans, IEnumerator<Guid> clients, CancellationToken ct)
    {
        var participants = new List<Guid>();
        for (var k = 0; k < plans.Length && clients.MoveNext(); k++)
        {
            var (daily, days) = plans[k];
            var client = clients.Current;
            var adhesion = await staff.AsAgent(m => m.Send(new RequestTontineAdhesionCommand(client, daily) { TontineId = tontineId }, ct));
            var validated = await staff.AsAgent(m => m.Send(new ValidateTontineAdhesionCommand(adhesion.Id), ct));
            Guid participant;
            if (k == 2)
            {
                await PayByMobileMoneyAsync(PaymentPurpose.TontineAdhesionFee, adhesion.Id, validated.AdhesionFee, ct);
                var joined = await staff.AsAgent(m => m.Send(new ListTontineAdhesionsQuery(TontineId: tontineId, ClientId: client), ct));
                participant = joined.Items.Single().ParticipantId!.Value;
            }
            else
                participant = (await staff.AsAgent(m => m.Send(new PayTontineAdhesionFeeCommand(Channel.Cash) { Id = adhesion.Id }, ct))).ParticipantId!.Value;
            participants.Add(participant);
            for (var c = 0; c < days.Length; c++)
            {
                var n = days[c];
                if (k % 3 == 1 && c == days.Length - 1)
                    await PayByMobileMoneyAsync(PaymentPurpose.TontineContribution, participant, n * daily, ct);
                else
                    await staff.AsAgent(m => m.Send(new ContributeToTontineCommand(Channel.Cash, Days: n) { ParticipantId = participant }, ct));
            }
        }
        return participants;
    }

    /// <summary>A payment asked of the client's phone and settled by the reconciliation, posted as its webhook would be.</summary>
    private async Task PayByMobileMoneyAsync(PaymentPurpose purpose, Guid targetId, decimal amount, CancellationToken ct)
    {
        var payment = await staff.AsAgent(m => m.Send(new CreatePaymentCommand(purpose, targetId, amount, ReconciledPayer, DemoDataSeeder.SandboxProviderCode), ct));
        var settled = await staff.AsAgent(m => m.Send(new ReconcilePaymentCommand { Id = payment.Id }, ct));
        if (settled.Status != PaymentStatus.Succeeded)
            throw new InvalidOperationException($"The demo's {purpose} payment was not settled ({settled.Status}).");
    }
}
