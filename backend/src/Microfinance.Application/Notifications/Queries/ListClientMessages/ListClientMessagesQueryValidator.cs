namespace Microfinance.Application.Notifications.Queries.ListClientMessages;

public sealed class ListClientMessagesQueryValidator : AbstractValidator<ListClientMessagesQuery>
{
    public ListClientMessagesQueryValidator()
    {
        this.AddPagingRules();
    }
}
