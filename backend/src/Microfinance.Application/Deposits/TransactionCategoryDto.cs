namespace Microfinance.Application.Deposits;

/// <summary>A category of movements, with how many movements carry it (a used one cannot be deleted).</summary>
public sealed class TransactionCategoryDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public int TransactionCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
