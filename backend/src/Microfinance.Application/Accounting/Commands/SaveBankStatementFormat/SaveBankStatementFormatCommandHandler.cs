using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Commands.SaveBankStatementFormat;

public sealed class SaveBankStatementFormatCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, BankReconciliation reconciliation, ITenantContext tenant, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveBankStatementFormatCommand, BankStatementFormatDto>
{
    public async Task<BankStatementFormatDto> Handle(SaveBankStatementFormatCommand r, CancellationToken cancellationToken)
    {
        var account = await reconciliation.BankAccountAsync(r.GlAccountId, cancellationToken);
        await reconciliation.LockAsync(account.Id, cancellationToken);
        var format = await db.BankStatementFormats.FirstOrDefaultAsync(f => f.GlAccountId == account.Id, cancellationToken);
        if (format is null)
        {
            format = new BankStatementFormat(tenant.RequiredInstitutionId, account.Id);
            db.BankStatementFormats.Add(format);
        }
        format.Change(r.Delimiter, r.HasHeader, r.DateColumn, r.LabelColumn, r.AmountColumn, r.DebitColumn, r.CreditColumn, r.ReferenceColumn,
            r.DateFormat, r.DecimalSeparator, user.UserId!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return format.ToDto();
    }
}
