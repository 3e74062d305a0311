namespace Microfinance.Application.Anomalies;

/// <summary>Every rule with its parameters in force (the institution's where it chose, the default otherwise) and the defaults.</summary>
public sealed record AnomalySettingsDto(IReadOnlyList<AnomalyRuleSettingsDto> Rules);
