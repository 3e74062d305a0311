using System.Globalization;
using System.Text;
using Microfinance.Application.Accounting.Commands.ImportBankStatement;
using Microfinance.Application.Accounting.Commands.MatchBankStatementLine;
using Microfinance.Application.Accounting.Commands.SaveBankStatementFormat;
using Microfinance.Application.Accounting.Queries.GetBankReconciliation;
using Microfinance.Application.Accounting.Queries.ListGlAccounts;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// The bank's statement of the day, imported and partly reconciled (docs/bank-reconciliation.md): the bank shows every
/// transfer received but the last (still on its way, unmatched in the books), and two fees the books have not recorded
/// yet (unmatched on the statement). All transfers but one are matched by the reference the bank repeats; that one is
/// left as a suggestion to confirm in the workbench.
/// </summary>
internal sealed class DemoBankReconciliation(DemoStaff staff, DateOnly today)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var chart = await staff.AsAdmin(m => m.Send(new ListGlAccountsQuery(Class: 1), ct));
        var bank = chart.Single(a => a.Code == "111").Id;
        await staff.AsAdmin(m => m.Send(new SaveBankStatementFormatCommand(";", true, 1, 2, 3, null, null, 4, "dd/MM/yyyy", ",") { GlAccountId = bank }, ct));

        var book = (await staff.AsAdmin(m => m.Send(new GetBankReconciliationQuery(bank), ct))).BookLines;
        var day = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var file = new StringBuilder("Date opération;Libellé;Montant;Référence\n");
        foreach (var line in book.Take(Math.Max(0, book.Count - 1)))
            file.Append(CultureInfo.InvariantCulture, $"{day};VIREMENT RECU {line.Reference};{line.Debit - line.Credit:0};{line.Reference}\n");
        file.Append(CultureInfo.InvariantCulture, $"{day};FRAIS TENUE DE COMPTE;-2500;\n{day};COMMISSION VIREMENTS;-1850;\n");
        await staff.AsAdmin(m => m.Send(new ImportBankStatementCommand(bank, $"releve-{today:yyyy-MM-dd}.csv", Encoding.UTF8.GetBytes(file.ToString())), ct));

        var suggestions = (await staff.AsAdmin(m => m.Send(new GetBankReconciliationQuery(bank), ct))).Suggestions;
        foreach (var suggestion in suggestions.Take(Math.Max(0, suggestions.Count - 1)))
            await staff.AsAdmin(m => m.Send(new MatchBankStatementLineCommand(suggestion.JournalLine.JournalLineId) { Id = suggestion.StatementLineId }, ct));
    }
}
