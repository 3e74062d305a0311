using Microfinance.Application.Anomalies.Assistant;

namespace Microfinance.Application.Anomalies.Queries.WriteMonthlySummary;

/// <summary>
/// A month's summary (<see cref="Month"/> as yyyy-MM, this month or a past one) in the reader's language: activity,
/// portfolio quality, findings opened and closed, notable changes from the month before; with the figures it used.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record WriteMonthlySummaryQuery(string Month) : IRequest<AssistantAnswerDto>;
