

namespace Microfinance.Application.Common.Money;

/// <summary>Upper bounds on what one request may move (configuration section "Limits").</summary>
public sealed class OperationLimits
{
    public const string Section = "Limits";

    /// <summary>The largest amount one deposit, withdrawal or transfer may carry.</summary>
    public decimal MaxOperationAmount { get; set; } = 10_000_000_000m;
}
