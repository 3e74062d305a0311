namespace Microfinance.Application.Sync;

public sealed record WorkingProductDto(Guid Id, string Name, string Code);
