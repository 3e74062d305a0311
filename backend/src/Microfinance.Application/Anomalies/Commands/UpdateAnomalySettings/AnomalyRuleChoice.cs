namespace Microfinance.Application.Anomalies.Commands.UpdateAnomalySettings;

/// <summary>One rule's choice: on or off, and the parameters to set (name → value; the others keep their default).</summary>
public sealed record AnomalyRuleChoice(string Rule, bool Enabled, IReadOnlyDictionary<string, decimal>? Parameters);
