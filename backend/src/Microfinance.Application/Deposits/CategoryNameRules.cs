using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>The one rule of a category's name, for creating and renaming alike.</summary>
public static class CategoryNameRules
{
    public static IRuleBuilderOptions<T, string> CategoryName<T>(this IRuleBuilder<T, string> name) =>
        name.Must(n => !string.IsNullOrWhiteSpace(n)).WithLocalizedMessage("Give the category a name.")
            .Must(n => n is null || n.Trim().Length <= TransactionCategory.NameMaxLength)
            .WithLocalizedMessage("A category's name has at most {0} characters.", TransactionCategory.NameMaxLength);
}
