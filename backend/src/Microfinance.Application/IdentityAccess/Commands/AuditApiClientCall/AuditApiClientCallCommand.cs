namespace Microfinance.Application.IdentityAccess.Commands.AuditApiClientCall;

/// <summary>
/// One call of an API client, recorded in its institution's audit trail under its name: what it asked
/// (<paramref name="Method"/>, the endpoint's <paramref name="Route"/> template, the <paramref name="Path"/> with its query)
/// and the <paramref name="Status"/> it was answered. Sent by the API for every call a client makes, reads included; no
/// endpoint sends it.
/// </summary>
[Authorize]
public sealed record AuditApiClientCallCommand(string Method, string Route, string Path, int Status) : ICommand<Unit>
{
    public const int MaxPathLength = 1000;
}
