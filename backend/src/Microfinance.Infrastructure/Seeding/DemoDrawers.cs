using Microfinance.Application.Deposits.Commands.Deposit;
using Microfinance.Application.Deposits.Commands.Withdraw;
using Microfinance.Application.Treasury.Commands.CloseCashDrawer;
using Microfinance.Application.Treasury.Commands.OpenCashDrawer;
using Microfinance.Application.Treasury.Commands.ValidateCashDrawer;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Treasury;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// Cash drawers (docs/treasury.md): the agent's session of the day — a 50 000 F float, two cash deposits and a withdrawal,
/// closed 500 F short and validated by the supervisor — and the supervisor's own drawer, left open.
/// </summary>
internal sealed class DemoDrawers(DemoStaff staff, ILogger logger)
{
    public async Task RunAsync(IReadOnlyList<Guid> savingsAccounts, CancellationToken ct)
    {
        if (savingsAccounts.Count < 2) return;
        var drawer = await staff.AsAgent(m => m.Send(new OpenCashDrawerCommand(
            [new("note-10000", 4), new("note-5000", 1), new("note-2000", 2), new("coin-500", 2)]), ct));
        await staff.AsAgent(m => m.Send(new DepositCommand(25_000, Channel.Cash) { AccountId = savingsAccounts[0] }, ct));
        await staff.AsAgent(m => m.Send(new DepositCommand(15_000, Channel.Cash) { AccountId = savingsAccounts[1] }, ct));
        await staff.AsAgent(m => m.Send(new WithdrawCommand(10_000, Channel.Cash) { AccountId = savingsAccounts[0] }, ct));

        // 80 000 F expected, 79 500 counted.
        var closed = await staff.AsAgent(m => m.Send(new CloseCashDrawerCommand(
            [new("note-10000", 7), new("note-5000", 1), new("note-2000", 2), new("coin-500", 1)], "Manquant de 500 F constaté au comptage")
        { Id = drawer.Id }, ct));
        if (closed.Difference != -500)
            throw new InvalidOperationException($"The demo drawer expected 80 000 F and was closed with a difference of {closed.Difference}.");
        await staff.AsSupervisor(m => m.Send(new ValidateCashDrawerCommand(drawer.Id), ct));

        await staff.AsSupervisor(m => m.Send(new OpenCashDrawerCommand([new("note-10000", 10), new("note-5000", 4), new("coin-100", 20)]), ct));
        logger.LogInformation("Demo data: cash drawers, one closed with a difference and validated, one open");
    }
}
