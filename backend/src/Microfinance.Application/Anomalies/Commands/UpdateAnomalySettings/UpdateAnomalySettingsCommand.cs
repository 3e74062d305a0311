namespace Microfinance.Application.Anomalies.Commands.UpdateAnomalySettings;

/// <summary>The institution's detection choices, whole: each rule listed is turned on or off with its parameters (missing ones keep their default).</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateAnomalySettingsCommand(IReadOnlyList<AnomalyRuleChoice> Rules) : ICommand<AnomalySettingsDto>;
