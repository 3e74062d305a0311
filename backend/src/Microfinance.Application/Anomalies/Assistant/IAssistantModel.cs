namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// An OpenAI-compatible model, when one is configured (<c>Assistant:Endpoint</c>, <c>Assistant:Model</c>,
/// <c>Assistant:ApiKey</c>; docs/anomalies.md "The assistant"). Offline by default: <see cref="IsConfigured"/> false.
/// </summary>
public interface IAssistantModel
{
    bool IsConfigured { get; }

    /// <summary>The model's answer, or null on any failure (timeout, an error status, an answer that is not a completion): the caller falls back to its template.</summary>
    Task<string?> CompleteAsync(AssistantPrompt prompt, CancellationToken cancellationToken);
}
