namespace Microfinance.Application.Notifications.Queries.GetNotificationPreferences;

public sealed class GetNotificationPreferencesQueryHandler(IIdentityService identity, ICurrentUser user)
    : IRequestHandler<GetNotificationPreferencesQuery, NotificationPreferencesDto>
{
    public Task<NotificationPreferencesDto> Handle(GetNotificationPreferencesQuery q, CancellationToken cancellationToken) =>
        identity.GetNotificationPreferencesAsync(user.UserId!.Value, cancellationToken);
}
