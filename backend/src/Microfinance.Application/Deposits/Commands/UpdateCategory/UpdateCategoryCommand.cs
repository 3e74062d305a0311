using System.Text.Json.Serialization;

namespace Microfinance.Application.Deposits.Commands.UpdateCategory;

/// <summary>Renames a category: the movements tagged with it keep it (by id) and show the new name; the trail keeps the old.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateCategoryCommand(string Name) : ICommand<TransactionCategoryDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
