using MailKit.Net.Smtp;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Notifications;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>E-mails through the SMTP server of <see cref="SmtpOptions"/> (MailKit), one connection per message.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IMessageSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var mail = new MimeMessage
        {
            // The outbox's id: a mail system that sees the same message twice (a resend after a crash) can tell.
            MessageId = $"{message.Id}@microfinance",
            Subject = message.Subject ?? "",
            Body = new TextPart(TextFormat.Plain) { Text = message.Body },
        };
        mail.From.Add(MailboxAddress.Parse(o.From));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));

        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        await client.ConnectAsync(o.Host, o.Port, o.Security, cancellationToken);
        if (o.User.Length > 0) await client.AuthenticateAsync(o.User, o.Password, cancellationToken);
        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
