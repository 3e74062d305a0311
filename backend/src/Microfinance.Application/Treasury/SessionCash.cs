using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>A drawer session with the cash its holder took in and paid out while it was open (init-only: EF composes on its members).</summary>
public sealed class SessionCash
{
    public required CashDrawerSession Session { get; init; }
    public decimal In { get; init; }
    public decimal Out { get; init; }
    public decimal Expected => Session.OpeningFloat + In - Out;
}
