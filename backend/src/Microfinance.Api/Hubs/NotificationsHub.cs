using Microfinance.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Microfinance.Api.Hubs;

/// <summary>
/// The live side of the notifications feed (<see cref="HubPaths.Notifications"/>): a signed-in user's connections join
/// their own group, and a committed notification is sent to that group only (<see cref="SignalRNotificationPush"/>).
/// Clients only listen; they call nothing.
/// </summary>
[Authorize]
public sealed class NotificationsHub : Hub
{
    /// <summary>The client-side method a notification arrives on.</summary>
    public const string NotificationMethod = "notification";

    public static string UserGroup(Guid userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        // Staff of an institution only: a PlatformAdmin has no feed.
        if (Context.User?.FindFirst(TokenClaims.Subject)?.Value is not { } subject || !Guid.TryParse(subject, out var userId)
            || Context.User.FindFirst(TokenClaims.Institution) is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
        await base.OnConnectedAsync();
    }
}
