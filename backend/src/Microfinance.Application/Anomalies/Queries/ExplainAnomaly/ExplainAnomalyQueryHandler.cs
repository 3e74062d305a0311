using System.Globalization;
using Microfinance.Application.Anomalies.Assistant;

namespace Microfinance.Application.Anomalies.Queries.ExplainAnomaly;

public sealed class ExplainAnomalyQueryHandler(IApplicationDbContext db, AnomalyReader reader, AssistantWriter writer)
    : IRequestHandler<ExplainAnomalyQuery, AssistantAnswerDto>
{
    public async Task<AssistantAnswerDto> Handle(ExplainAnomalyQuery q, CancellationToken cancellationToken)
    {
        var finding = await reader.OneAsync(await db.Anomalies.AsNoTracking().GetAsync(q.Id, "Anomaly", cancellationToken), cancellationToken);
        var t = await writer.TextAsync(cancellationToken);
        var figures = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rule"] = finding.Rule,
            ["ruleTitle"] = FindingExplanation.RuleName(finding.Rule, t),
            ["severity"] = finding.Severity.ToString(),
            ["status"] = finding.Status.ToString(),
            ["occurredOn"] = finding.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // What it concerns, by kind only: no names, no numbers of people's records.
            ["concerns"] = string.Join(", ", finding.Subjects.Select(s => s.Type).Distinct()),
        };
        foreach (var (name, value) in finding.Figures) figures[$"figures.{name}"] = value;
        var source = new AssistantSourceDto("anomaly", null, t.T("The finding's rule, severity and the figures that triggered it."), finding.Figures);
        return await writer.AnswerAsync(t, FindingExplanation.Write(finding, t),
            new AssistantPrompt("Explain this finding of an anomaly-detection rule to an auditor: what was seen, why it matters, what to check.", t.Language, figures),
            [source], cancellationToken);
    }
}
