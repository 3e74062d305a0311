namespace Microfinance.Domain.Treasury;

/// <summary>A drawer session is open while its holder records cash, closed once counted, validated once a supervisor checked the count.</summary>
public enum CashDrawerStatus
{
    Open,
    Closed,
    Validated,
}

/// <summary>A note and a coin of the same value (the 500 F note and coin) are counted apart.</summary>
public enum DenominationKind
{
    Note,
    Coin,
}
