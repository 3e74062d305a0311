using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Sync;

public sealed record WorkingAccountDto(Guid Id, string Number, Guid ClientId, string ProductName, DepositAccountStatus Status, decimal Balance);
