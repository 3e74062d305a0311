namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// What is sent to the model, and nothing else: the <see cref="Task"/> in words, the reader's <see cref="Language"/>
/// (<c>fr</c> or <c>en</c>), the figures (already redacted, <see cref="AssistantRedaction"/>) and, for a question, the
/// question itself (redacted too).
/// </summary>
public sealed record AssistantPrompt(string Task, string Language, IReadOnlyDictionary<string, string> Figures, string? Question = null);
