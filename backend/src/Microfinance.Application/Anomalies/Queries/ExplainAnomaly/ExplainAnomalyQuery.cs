using Microfinance.Application.Anomalies.Assistant;

namespace Microfinance.Application.Anomalies.Queries.ExplainAnomaly;

/// <summary>A finding explained in the reader's language: what was seen, why it matters, what to check (docs/anomalies.md "The assistant").</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record ExplainAnomalyQuery(Guid Id) : IRequest<AssistantAnswerDto>;
