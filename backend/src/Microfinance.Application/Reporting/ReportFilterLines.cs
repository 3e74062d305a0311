using System.Globalization;

namespace Microfinance.Application.Reporting;

/// <summary>A file's header lines naming its filters in French — "Agence : Cotonou centre" — names rather than ids.</summary>
public sealed class ReportFilterLines(IApplicationDbContext db, IIdentityService identity)
{
    public static string Day(string label, DateOnly day) => $"{label}\u00A0: {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    public async Task<string> BranchAsync(Guid id, CancellationToken ct) =>
        $"Agence\u00A0: {await db.Branches.Where(b => b.Id == id).Select(b => b.Name).FirstOrDefaultAsync(ct) ?? id.ToString()}";

    public async Task<string> AgentAsync(Guid id, CancellationToken ct) =>
        $"Agent\u00A0: {(await identity.GetDisplayNamesAsync([id], ct)).GetValueOrDefault(id, id.ToString())}";

    public async Task<string> LoanProductAsync(Guid id, CancellationToken ct) =>
        $"Produit\u00A0: {await db.LoanProducts.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? id.ToString()}";

    public async Task<string> ClientAsync(Guid id, CancellationToken ct) =>
        $"Client\u00A0: {await db.Clients.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct) ?? id.ToString()}";

    public async Task<string> AccountAsync(Guid id, CancellationToken ct) =>
        $"Compte\u00A0: {await db.DepositAccounts.Where(a => a.Id == id).Select(a => a.Number).FirstOrDefaultAsync(ct) ?? id.ToString()}";

    public async Task<string> CategoryAsync(Guid id, CancellationToken ct) =>
        $"Catégorie\u00A0: {await db.TransactionCategories.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? id.ToString()}";
}
