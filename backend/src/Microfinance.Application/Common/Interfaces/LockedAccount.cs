using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>A deposit account locked for this transaction, and the name of the client who holds it.</summary>
public sealed record LockedAccount(DepositAccount Account, string HolderName);
