using System.Collections.Frozen;

namespace Microfinance.Domain.Anomalies;

/// <summary>
/// A detection rule: its stable code (what the API and the trail carry) and its parameters with their defaults, which
/// an institution may change (<see cref="AnomalySettings"/>). Names carry their unit. docs/anomalies.md gives each
/// rule's reasoning.
/// </summary>
public sealed record AnomalyRule(string Code, FrozenDictionary<string, decimal> Defaults)
{
    public const string LateRepayment = "late_repayment";
    public const string UnusualAmount = "unusual_amount";
    public const string Structuring = "structuring";
    public const string OffHours = "off_hours";
    public const string NearDuplicate = "near_duplicate";
    public const string EarlyLargeWithdrawal = "early_large_withdrawal";
    public const string DrawerDifference = "drawer_difference";
    public const string MissingGuarantee = "missing_guarantee";
    public const string ReversalRate = "reversal_rate";
    public const string UnresolvedPayment = "unresolved_payment";

    /// <summary>Every rule, in the order detection runs them and lists them.</summary>
    public static readonly IReadOnlyList<AnomalyRule> All =
    [
        new(LateRepayment, Parameters(("minDaysLate", 30), ("highSeverityDaysLate", 90))),
        new(UnusualAmount, Parameters(("minHistoryOperations", 10), ("historyDays", 365), ("recentDays", 30), ("robustZScore", 3.5m),
            ("minAmount", 10_000), ("minSpreadPercentOfMedian", 25))),
        new(Structuring, Parameters(("windowDays", 7), ("minWithdrawals", 3), ("belowThresholdPercent", 10), ("recentDays", 30))),
        new(OffHours, Parameters(("openingHour", 7), ("closingHour", 19), ("saturdayIsWorkingDay", 1), ("sundayIsWorkingDay", 0),
            ("backdatingToleranceDays", 2), ("recentDays", 30))),
        new(NearDuplicate, Parameters(("windowMinutes", 10), ("recentDays", 30))),
        new(EarlyLargeWithdrawal, Parameters(("openedWithinDays", 30), ("minAmount", 500_000), ("recentDays", 30))),
        new(DrawerDifference, Parameters(("minDifference", 1_000), ("minSessions", 3), ("windowDays", 30), ("highSeverityShortfall", 50_000))),
        new(MissingGuarantee, Parameters(("maxSavingsMultiple", 3), ("recentDays", 90))),
        new(ReversalRate, Parameters(("windowDays", 30), ("minOperations", 50), ("peerMultiple", 3), ("minRatePercent", 2),
            ("highSeverityRatePercent", 10))),
        new(UnresolvedPayment, Parameters(("olderThanDays", 2), ("highSeverityDays", 14))),
    ];

    private static readonly FrozenDictionary<string, AnomalyRule> ByCode = All.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    public static AnomalyRule? Find(string code) => ByCode.GetValueOrDefault(code);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    private static FrozenDictionary<string, decimal> Parameters(params (string Name, decimal Value)[] parameters) =>
        parameters.ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
