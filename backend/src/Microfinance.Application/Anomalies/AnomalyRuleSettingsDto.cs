namespace Microfinance.Application.Anomalies;

public sealed record AnomalyRuleSettingsDto(
    string Rule, bool Enabled, IReadOnlyDictionary<string, decimal> Parameters, IReadOnlyDictionary<string, decimal> Defaults);
