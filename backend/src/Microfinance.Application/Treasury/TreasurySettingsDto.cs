using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>The institution's drawer rule, and the notes and coins its cash is counted in.</summary>
public sealed record TreasurySettingsDto(bool CashNeedsOpenDrawer, string Currency, IReadOnlyList<Denomination> Denominations);
