using Microfinance.Application.Anomalies.Assistant;
using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Anomalies.Queries.AskAssistant;

public sealed class AskAssistantQueryHandler(MonthlyFiguresReader figures, InstitutionProfile institution, AssistantWriter writer)
    : IRequestHandler<AskAssistantQuery, AssistantAnswerDto>
{
    public async Task<AssistantAnswerDto> Handle(AskAssistantQuery q, CancellationToken cancellationToken)
    {
        var question = AssistantQuestion.Read(q.Question, await institution.TodayAsync(cancellationToken));
        var month = question.Month ?? (Months.TryParse(q.Month, out var asked) ? asked : await figures.ThisMonthAsync(cancellationToken));
        await figures.EnsureNotFutureAsync(month, question.Month is null ? "month" : "question", cancellationToken);
        var m = await figures.ReadAsync(month, cancellationToken);
        var previous = await figures.ReadAsync(month.AddMonths(-1), cancellationToken);
        var t = await writer.TextAsync(cancellationToken);
        var (text, sources) = QuestionAnswer.Write(question, m, previous, t);
        return await writer.AnswerAsync(t, text,
            new AssistantPrompt("Answer an auditor's question about a microfinance institution's month from these figures only; say so when they do not answer it.",
                t.Language, AssistantPrompts.Figures(m, previous, t), q.Question),
            sources, cancellationToken);
    }
}
