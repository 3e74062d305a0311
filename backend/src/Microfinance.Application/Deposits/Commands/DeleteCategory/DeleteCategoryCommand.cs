namespace Microfinance.Application.Deposits.Commands.DeleteCategory;

/// <summary>Removes a category no movement (and no pending withdrawal) carries; a used one is kept: 409 <c>category_in_use</c>.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record DeleteCategoryCommand(Guid Id) : ICommand<Unit>;
