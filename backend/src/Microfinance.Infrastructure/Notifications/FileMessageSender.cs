using System.Text.Json;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// The default sender of both channels, so that <c>make run</c> needs no mail server or SMS gateway: appends each
/// message as one JSON line to <c>outbox.jsonl</c> in <see cref="OutboxOptions.FileFolder"/>, and logs it.
/// </summary>
public sealed class FileMessageSender(IOptions<OutboxOptions> options, TimeProvider clock, ILogger<FileMessageSender> logger) : IMessageSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _file = new(1, 1);

    public string FilePath { get; } = Path.Combine(
        options.Value.FileFolder is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "microfinance"), "outbox.jsonl");

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new
        {
            message.Id,
            message.InstitutionId,
            Channel = message.Channel.ToString(),
            Kind = message.Kind.ToString(),
            To = message.Recipient,
            message.Subject,
            Text = message.Body,
            WrittenAt = clock.GetUtcNow(),
        }, Json);
        await _file.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, line + "\n", cancellationToken);
        }
        finally
        {
            _file.Release();
        }
        logger.LogInformation("{Channel} {Message} to {Recipient} written to {File}: {Text}", message.Channel, message.Id, message.Recipient, FilePath, message.Subject ?? message.Body);
    }
}
