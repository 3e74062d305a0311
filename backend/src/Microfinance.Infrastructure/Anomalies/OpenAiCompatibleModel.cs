using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microfinance.Application.Anomalies.Assistant;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Anomalies;

/// <summary>
/// The assistant's model through an OpenAI-compatible chat-completions API (plain HTTP and JSON): one system message
/// saying the task and the language, one user message carrying the prompt's figures (and question) as JSON, nothing
/// else. Any failure — the timeout, an error status, an answer that is not a completion — is logged (without the key
/// or the figures) and answers null, so the caller's template answers instead.
/// </summary>
public sealed partial class OpenAiCompatibleModel(IHttpClientFactory http, IOptions<AssistantOptions> options, ILogger<OpenAiCompatibleModel> logger)
    : IAssistantModel
{
    public const string HttpClientName = "assistant-model";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<string?> CompleteAsync(AssistantPrompt prompt, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var language = prompt.Language == "fr" ? "French" : "English";
        var body = new
        {
            model = o.Model,
            temperature = 0.2,
            messages = new object[]
            {
                new
                {
                    role = "system",
                    content = $"You assist the auditors of a microfinance institution. {prompt.Task} Write in {language}, in plain sentences, " +
                        "using only the figures given (amounts are in the institution's currency, rates in percent); never invent a figure; say when the figures do not answer.",
                },
                new { role = "user", content = JsonSerializer.Serialize(new { figures = prompt.Figures, question = prompt.Question }, Json) },
            },
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.TimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, o.Endpoint.TrimEnd('/') + "/chat/completions") { Content = JsonContent.Create(body, options: Json) };
            if (o.ApiKey.Length > 0) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, $"status {(int)response.StatusCode}");
                return null;
            }
            using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), cancellationToken: timeout.Token);
            var text = answer.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
            if (string.IsNullOrWhiteSpace(text)) LogFailed(logger, "an empty completion");
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, $"no answer within {o.TimeoutSeconds} s");
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            LogFailed(logger, e.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The assistant's model failed ({Reason}): the template answered.")]
    private static partial void LogFailed(ILogger logger, string reason);
}
