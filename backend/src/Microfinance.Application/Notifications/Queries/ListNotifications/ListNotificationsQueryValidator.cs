namespace Microfinance.Application.Notifications.Queries.ListNotifications;

public sealed class ListNotificationsQueryValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Kind).IsInEnum();
    }
}
