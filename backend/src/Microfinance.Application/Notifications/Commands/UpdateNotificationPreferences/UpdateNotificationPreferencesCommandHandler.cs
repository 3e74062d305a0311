namespace Microfinance.Application.Notifications.Commands.UpdateNotificationPreferences;

public sealed class UpdateNotificationPreferencesCommandHandler(IIdentityService identity, ICurrentUser user)
    : IRequestHandler<UpdateNotificationPreferencesCommand, NotificationPreferencesDto>
{
    public Task<NotificationPreferencesDto> Handle(UpdateNotificationPreferencesCommand r, CancellationToken cancellationToken) =>
        identity.UpdateNotificationPreferencesAsync(user.UserId!.Value, r.Language, r.EmailKinds, cancellationToken);
}
