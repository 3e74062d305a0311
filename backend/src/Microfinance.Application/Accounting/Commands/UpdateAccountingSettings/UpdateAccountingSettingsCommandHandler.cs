using Microfinance.Application.Accounting.Queries.GetAccountingSettings;

namespace Microfinance.Application.Accounting.Commands.UpdateAccountingSettings;

public sealed class UpdateAccountingSettingsCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant)
    : IRequestHandler<UpdateAccountingSettingsCommand, AccountingSettingsDto>
{
    public async Task<AccountingSettingsDto> Handle(UpdateAccountingSettingsCommand r, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstAsync(i => i.Id == tenant.RequiredInstitutionId, cancellationToken);
        institution.SetManualEntryApprovalThreshold(r.ManualEntryApprovalThreshold);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new AccountingSettingsDto(institution.ManualEntryApprovalThreshold, institution.CurrencyCode);
    }
}
