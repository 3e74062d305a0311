namespace Microfinance.Application.Treasury;

/// <summary>What the cashier's screen needs in one call: the caller's open session, if any, and how cash is counted.</summary>
public sealed record CurrentCashDrawerDto(CashDrawerDto? Session, TreasurySettingsDto Settings);
