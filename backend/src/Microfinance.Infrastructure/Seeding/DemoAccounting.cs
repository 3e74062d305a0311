using Microfinance.Application.Accounting.Commands.ApproveManualEntry;
using Microfinance.Application.Accounting.Commands.CloseAccountingPeriod;
using Microfinance.Application.Accounting.Commands.CreateManualEntry;
using Microfinance.Application.Accounting.Queries.ListAccountingPeriods;
using Microfinance.Application.Accounting.Queries.ListGlAccounts;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// The accountant's side of the demo (docs/accounting.md): the members' share capital paid in cash (above the approval
/// threshold, approved by the SfdAdmin), each past month's salaries paid in cash, an equipment purchase by bank transfer
/// left waiting for approval, and every month closed but the last one that is over — the accountant's next close. Cash,
/// not the bank: the demo's bank statement (DemoBankReconciliation) is today's, and covers the bank's lines of today.
/// </summary>
internal sealed class DemoAccounting(DemoStaff staff, DateOnly today)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var gl = (await staff.AsAccountant(m => m.Send(new ListGlAccountsQuery(), ct))).ToDictionary(a => a.Code, a => a.Id);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var periods = await staff.AsAccountant(m => m.Send(new ListAccountingPeriodsQuery(), ct));
        var first = periods.Select(p => DateOnly.ParseExact(p.Month + "-01", "yyyy-MM-dd")).Min();

        var capital = await WriteAsync(gl, first.AddDays(1), "Libération des parts sociales des membres", "AG-2026-01", "101", "511", 6_000_000, ct);
        await staff.AsAdmin(m => m.Send(new ApproveManualEntryCommand { Id = capital }, ct));
        for (var month = first; month < thisMonth; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            await WriteAsync(gl, end, $"Salaires du personnel {month:MM/yyyy}", $"PAIE-{month:yyyyMM}", "631", "101", 850_000, ct);
        }
        await WriteAsync(gl, today, "Achat de deux motos pour la collecte", "FACT-MOTO-0412", "421", "111", 2_400_000, ct, "facture-motos.pdf");

        // Every month over but the last is closed, in order.
        for (var month = first; month < thisMonth.AddMonths(-1); month = month.AddMonths(1))
        {
            var name = month.ToString("yyyy-MM");
            await staff.AsAccountant(m => m.Send(new CloseAccountingPeriodCommand(name), ct));
        }
    }

    private Task<Guid> WriteAsync(Dictionary<string, Guid> gl, DateOnly valueDate, string description, string reference, string debit, string credit,
        decimal amount, CancellationToken ct, string? attachment = null) =>
        staff.AsAccountant(async m => (await m.Send(new CreateManualEntryCommand(valueDate, description, reference,
            [new ManualEntryLineInput(gl[debit], Debit: amount), new ManualEntryLineInput(gl[credit], Credit: amount)], attachment), ct)).Id);
}
