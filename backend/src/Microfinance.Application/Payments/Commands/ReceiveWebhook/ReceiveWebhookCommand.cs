namespace Microfinance.Application.Payments.Commands.ReceiveWebhook;

/// <summary>
/// A delivery posted by a provider to <c>/payments/webhooks/{provider}</c>. Anonymous: the gateway authenticates it
/// (signature or shared secret), and its institution is the provider account's.
/// </summary>
public sealed record ReceiveWebhookCommand(string Provider, WebhookRequest Request) : ICommand<WebhookReceipt>;
