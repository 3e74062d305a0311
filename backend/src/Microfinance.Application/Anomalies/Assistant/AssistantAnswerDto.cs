namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// What the assistant wrote, in the reader's <see cref="Language"/>: written by the configured model
/// (<see cref="Source"/> <c>model</c>) or from the templates over the figures (<c>template</c>, the default and the
/// fallback), with the <see cref="Sources"/> it was written from.
/// </summary>
public sealed record AssistantAnswerDto(string Text, string Source, string Language, IReadOnlyList<AssistantSourceDto> Sources)
{
    public const string FromTemplate = "template";
    public const string FromModel = "model";
}
