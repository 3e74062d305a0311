using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Commands.ExportReport;

public sealed class ExportReportCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, ReportCatalogue catalogue, IEnumerable<IReportWriter> writers,
    IReportFileStore files, InstitutionProfile institution, ICurrentUser user, IIdentityService identity, TimeProvider clock)
    : IRequestHandler<ExportReportCommand, ReportRunDto>
{
    public async Task<ReportRunDto> Handle(ExportReportCommand c, CancellationToken cancellationToken)
    {
        var report = catalogue.Find(c.Name, c.Filters);
        var writer = writers.Single(w => w.Format == c.Format);
        var data = await report.PrepareAsync(c.Filters, cancellationToken);
        if (writer.MaxRows is { } max && await data.CountAsync(cancellationToken) > max)
            throw new DomainException("report_too_long_for_format", "This report has more than {0} rows for a {1} file: narrow its filters, or export it as CSV or XLSX.",
                max, c.Format.ToString().ToUpperInvariant());
        var now = clock.GetUtcNow();
        var current = await institution.CurrentAsync(cancellationToken);
        var who = user.UserId is { } id ? (await identity.GetDisplayNamesAsync([id], cancellationToken)).GetValueOrDefault(id, user.Username ?? "") : "";
        var given = c.Filters.Given();
        var document = new ReportDocument(report.Title, report.Columns, await FilterLinesAsync(report, c.Filters, cancellationToken),
            await data.TotalsAsync(cancellationToken), current.Name, current.CurrencyCode is "XOF" or "XAF" ? "FCFA" : current.CurrencyCode,
            current.LocalTime(now), who);

        // Written to a temporary file, not memory: an export of a million rows stays small in the server (docs/reporting.md).
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var rows = await writer.WriteAsync(file, document, data.RowsAsync(0, null, cancellationToken), cancellationToken);
        file.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        var fileName = $"{report.Name}-{now.ToOffset(TimeSpan.Zero):yyyyMMdd-HHmmss}.{writer.Extension}";

        var run = new ReportRun(current.Id, report.Name, JsonSerializer.Serialize(given), c.Format, fileName, rows, file.Length, sha256,
            user.UserId, who, now);
        db.ReportRuns.Add(run);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        file.Position = 0;
        await files.SaveAsync(run.Id, file, cancellationToken);
        return new ReportRunDto(run.Id, run.Report, report.Title, run.Format, given, run.FileName, run.RowCount, run.Size, run.Sha256,
            run.RequestedByName, run.RequestedAt);
    }

    /// <summary>The filters in words for the file's header: "Agence : Cotonou centre", names rather than ids.</summary>
    private async Task<IReadOnlyList<string>> FilterLinesAsync(Report report, ReportFilters f, CancellationToken ct)
    {
        var lines = new List<string>();
        string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (f.From is { } from) lines.Add($"Du\u00A0: {Day(from)}");
        if (f.To is { } to) lines.Add($"Au\u00A0: {Day(to)}");
        if (f.AsOf is { } asOf) lines.Add($"Au\u00A0: {Day(asOf)}");
        if (f.BranchId is { } branch)
            lines.Add($"Agence\u00A0: {await db.Branches.Where(b => b.Id == branch).Select(b => b.Name).FirstOrDefaultAsync(ct) ?? branch.ToString()}");
        if (f.AgentId is { } agent)
            lines.Add($"Agent\u00A0: {(await identity.GetDisplayNamesAsync([agent], ct)).GetValueOrDefault(agent, agent.ToString())}");
        if (f.ProductId is { } product)
            lines.Add($"Produit\u00A0: {await db.LoanProducts.Where(p => p.Id == product).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? product.ToString()}");
        if (f.Status is { } status) lines.Add($"Statut\u00A0: {report.StatusWord(status)}");
        return lines;
    }
}
