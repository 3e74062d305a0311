namespace Microfinance.Domain.Treasury;

/// <summary>How many notes or coins of one denomination (by its code) were counted.</summary>
public sealed record DenominationCount(string Denomination, int Count);
