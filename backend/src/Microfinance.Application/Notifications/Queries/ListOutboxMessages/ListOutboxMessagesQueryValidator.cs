namespace Microfinance.Application.Notifications.Queries.ListOutboxMessages;

public sealed class ListOutboxMessagesQueryValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Channel).IsInEnum();
    }
}
