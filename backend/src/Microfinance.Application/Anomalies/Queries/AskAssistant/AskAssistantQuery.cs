using Microfinance.Application.Anomalies.Assistant;

namespace Microfinance.Application.Anomalies.Queries.AskAssistant;

/// <summary>
/// A question about a month's figures (« Pourquoi le PAR30 a-t-il augmenté en mars ? »), answered from the same
/// figures as the monthly summary, with the sources it used. The month is the one the question names, else
/// <see cref="Month"/> (yyyy-MM), else this month.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record AskAssistantQuery(string Question, string? Month = null) : IRequest<AssistantAnswerDto>
{
    public const int MaxQuestionLength = 500;
}
