namespace Microfinance.Infrastructure.Identity;

/// <summary>Where the SignalR hubs are served: outside /api/v1, since a hub is not a REST resource.</summary>
public static class HubPaths
{
    public const string Prefix = "/hubs";
    public const string Notifications = Prefix + "/notifications";
}
