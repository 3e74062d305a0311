namespace Microfinance.Application.Sync;

public sealed record WorkingProductsDto(IReadOnlyList<WorkingProductDto> Deposit, IReadOnlyList<WorkingProductDto> Loan);
