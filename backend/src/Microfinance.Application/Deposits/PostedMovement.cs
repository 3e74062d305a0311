using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>A movement just saved, with what its receipt shows besides the movement itself (no need to read it back).</summary>
public sealed record PostedMovement(AccountTransaction Transaction, string AccountNumber, string HolderName, long JournalEntryNumber, string? CategoryName = null);
