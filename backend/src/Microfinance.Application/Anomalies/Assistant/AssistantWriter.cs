using System.Globalization;
using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// Who writes the answer: the configured model, given only the redacted figures (<see cref="AssistantRedaction"/>), or
/// the template — always written first, so that any failure of the model (timeout, error, nonsense) still answers.
/// </summary>
public sealed class AssistantWriter(IAssistantModel model, InstitutionProfile institution)
{
    /// <summary>The reader's language (the request's UI culture), the institution's currency and time zone.</summary>
    public async Task<AssistantText> TextAsync(CancellationToken ct)
    {
        var current = await institution.CurrentAsync(ct);
        return new(CultureInfo.CurrentUICulture, current.CurrencyCode, TimeZoneInfo.FindSystemTimeZoneById(current.TimeZone));
    }

    public async Task<AssistantAnswerDto> AnswerAsync(
        AssistantText t, string template, AssistantPrompt prompt, IReadOnlyList<AssistantSourceDto> sources, CancellationToken ct)
    {
        if (model.IsConfigured)
        {
            var redacted = prompt with
            {
                Figures = AssistantRedaction.Figures(prompt.Figures),
                Question = prompt.Question is { } question ? AssistantRedaction.Text(question) : null,
            };
            if (await model.CompleteAsync(redacted, ct) is { Length: > 0 } written)
                return new AssistantAnswerDto(written.Trim(), AssistantAnswerDto.FromModel, t.Language, sources);
        }
        return new AssistantAnswerDto(template, AssistantAnswerDto.FromTemplate, t.Language, sources);
    }
}
