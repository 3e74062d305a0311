namespace Microfinance.Application.Deposits;

public sealed record StatementDto(
    Guid AccountId, string AccountNumber, string ClientName, string Currency, DateOnly? From, DateOnly? To,
    decimal OpeningBalance, decimal ClosingBalance, IReadOnlyList<TransactionDto> Items, int Page, int PageSize, int TotalCount);
