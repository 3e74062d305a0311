namespace Microfinance.Application.Treasury.Queries.GetTreasurySettings;

public sealed class GetTreasurySettingsQueryHandler(CashDrawerReader reader) : IRequestHandler<GetTreasurySettingsQuery, TreasurySettingsDto>
{
    public Task<TreasurySettingsDto> Handle(GetTreasurySettingsQuery q, CancellationToken cancellationToken) => reader.SettingsAsync(cancellationToken);
}
