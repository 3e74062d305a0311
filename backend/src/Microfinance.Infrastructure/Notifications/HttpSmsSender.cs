using System.Net.Http.Json;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// SMS through the HTTP gateway of <see cref="SmsGatewayOptions"/>: a POST of <c>{"to", "text"}</c> with the API key in
/// its header and the outbox message's id as <c>Idempotency-Key</c> (for a gateway that drops repeats); anything but a
/// 2xx is a failure.
/// </summary>
public sealed class HttpSmsSender(IHttpClientFactory http, IOptions<SmsGatewayOptions> options) : IMessageSender
{
    public const string HttpClientName = "sms-gateway";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.GatewayUrl)
        {
            Content = JsonContent.Create(new { to = message.Recipient, text = message.Body }),
        };
        if (o.ApiKey.Length > 0) request.Headers.Add(o.ApiKeyHeader, o.ApiKey);
        request.Headers.Add("Idempotency-Key", message.Id.ToString());
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
    }
}
