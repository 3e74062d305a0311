using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

/// <summary>
/// Reads the whole file first: one bad row and nothing is imported (400 listing every bad row by its line number). Then,
/// under the bank account's lock, keeps only the lines whose fingerprint the account does not have yet: importing the
/// same file again adds nothing, and says so.
/// </summary>
public sealed class ImportBankStatementCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, BankReconciliation reconciliation, InstitutionProfile institution, ITenantContext tenant,
    ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ImportBankStatementCommand, BankStatementImportDto>
{
    public async Task<BankStatementImportDto> Handle(ImportBankStatementCommand r, CancellationToken cancellationToken)
    {
        var account = await reconciliation.BankAccountAsync(r.GlAccountId, cancellationToken);
        var format = await db.BankStatementFormats.AsNoTracking().FirstOrDefaultAsync(f => f.GlAccountId == account.Id, cancellationToken)
                     ?? throw new DomainException("statement_format_missing", "Save the statement format of GL account {0} before importing its statements.", account.Code);
        var (parsed, failures) = BankStatementParser.Parse(r.Content, format, await institution.CurrencyAsync(cancellationToken));
        if (failures.Count > 0) throw new ValidationException(failures);

        // Identical lines of one file (two equal fees on a day) differ by their occurrence.
        var occurrences = new Dictionary<(DateOnly, decimal, string?, string), int>();
        var lines = parsed.Select(p =>
        {
            var key = (p.Date, p.Amount, p.Reference, p.Label);
            var occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            return (Parsed: p, Fingerprint: BankStatementLine.FingerprintOf(account.Id, p.Date, p.Amount, p.Reference, p.Label, occurrence));
        }).ToList();

        await reconciliation.LockAsync(account.Id, cancellationToken);
        var fingerprints = lines.Select(l => l.Fingerprint).ToList();
        var known = (await db.BankStatementLines.Where(l => l.GlAccountId == account.Id && fingerprints.Contains(l.Fingerprint))
            .Select(l => l.Fingerprint).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = lines.Where(l => !known.Contains(l.Fingerprint)).ToList();

        var statement = new BankStatement(tenant.RequiredInstitutionId, account.Id, r.FileName, lines.Count, fresh.Count, user.UserId!.Value, clock.GetUtcNow());
        db.BankStatements.Add(statement);
        db.BankStatementLines.AddRange(fresh.Select(l => new BankStatementLine(statement.InstitutionId, account.Id, statement.Id, l.Parsed.LineNumber,
            l.Parsed.Date, l.Parsed.Label, l.Parsed.Amount, l.Parsed.Reference, l.Fingerprint)));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new BankStatementImportDto(statement.Id, account.Id, statement.FileName, lines.Count, fresh.Count, lines.Count - fresh.Count);
    }
}
