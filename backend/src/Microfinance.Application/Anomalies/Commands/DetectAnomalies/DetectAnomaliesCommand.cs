namespace Microfinance.Application.Anomalies.Commands.DetectAnomalies;

/// <summary>
/// Runs every enabled rule over the caller's institution now (the scheduler sends it daily as the system actor) and
/// answers when done, with the counts per rule. Runs once at a time per institution: a second request waits for the first.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record DetectAnomaliesCommand : ICommand<AnomalyDetectionResultDto>;
