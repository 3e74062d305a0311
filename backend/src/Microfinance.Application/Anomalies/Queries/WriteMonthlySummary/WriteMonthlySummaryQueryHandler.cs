using Microfinance.Application.Anomalies.Assistant;

namespace Microfinance.Application.Anomalies.Queries.WriteMonthlySummary;

public sealed class WriteMonthlySummaryQueryHandler(MonthlyFiguresReader figures, AssistantWriter writer)
    : IRequestHandler<WriteMonthlySummaryQuery, AssistantAnswerDto>
{
    public async Task<AssistantAnswerDto> Handle(WriteMonthlySummaryQuery q, CancellationToken cancellationToken)
    {
        Months.TryParse(q.Month, out var month);
        await figures.EnsureNotFutureAsync(month, "month", cancellationToken);
        var m = await figures.ReadAsync(month, cancellationToken);
        var previous = await figures.ReadAsync(month.AddMonths(-1), cancellationToken);
        var t = await writer.TextAsync(cancellationToken);
        return await writer.AnswerAsync(t, MonthlySummary.Write(m, previous, t),
            new AssistantPrompt("Write the monthly summary of a microfinance institution for its auditors: activity, portfolio quality, findings opened and closed, notable changes from the previous month.",
                t.Language, AssistantPrompts.Figures(m, previous, t)),
            [.. m.Sources(t), .. previous.Sources(t)], cancellationToken);
    }
}
