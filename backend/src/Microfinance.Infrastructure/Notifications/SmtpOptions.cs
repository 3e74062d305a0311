using MailKit.Security;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>Configuration section <c>Smtp</c>: with a <see cref="Host"/>, e-mails leave through this server (MailKit).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Empty: the server is used without signing in.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The sender's address, e.g. <c>"SFD Démo &lt;no-reply@example.org&gt;"</c>.</summary>
    public string From { get; set; } = "";

    /// <summary>
    /// <c>Auto</c> (TLS on port 465, STARTTLS when the server offers it), <c>StartTls</c> (required), <c>SslOnConnect</c>,
    /// or <c>None</c> (plain text: a local relay only).
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public int TimeoutSeconds { get; set; } = 30;
}
