namespace Microfinance.Application.Deposits.Commands.CreateCategory;

/// <summary>Adds a category of movements to the institution; its name is unique there, whatever its case.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record CreateCategoryCommand(string Name) : ICommand<TransactionCategoryDto>;
