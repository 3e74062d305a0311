namespace Microfinance.Application.Deposits;

/// <summary>A page of the transaction explorer, with the totals of every movement its filters select.</summary>
public sealed record TransactionPageDto(IReadOnlyList<MovementDto> Items, int Page, int PageSize, int TotalCount, TransactionTotalsDto Totals);
