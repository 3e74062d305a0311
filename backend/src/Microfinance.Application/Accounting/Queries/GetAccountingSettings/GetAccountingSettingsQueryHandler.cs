using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Accounting.Queries.GetAccountingSettings;

public sealed class GetAccountingSettingsQueryHandler(InstitutionProfile institution) : IRequestHandler<GetAccountingSettingsQuery, AccountingSettingsDto>
{
    public async Task<AccountingSettingsDto> Handle(GetAccountingSettingsQuery q, CancellationToken cancellationToken)
    {
        var profile = await institution.CurrentAsync(cancellationToken);
        return new AccountingSettingsDto(profile.ManualEntryApprovalThreshold, profile.CurrencyCode);
    }
}
