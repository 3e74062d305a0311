namespace Microfinance.Application.Anomalies.Queries.GetAnomalySettings;

/// <summary>Every rule, on or off, with its parameters in force and their defaults.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetAnomalySettingsQuery : IRequest<AnomalySettingsDto>;
