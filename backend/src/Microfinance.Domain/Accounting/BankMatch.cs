namespace Microfinance.Domain.Accounting;

/// <summary>A statement line and the journal line the matcher pairs it with; <see cref="ByReference"/> when the reference decided.</summary>
public sealed record BankMatch(Guid StatementLineId, Guid JournalLineId, bool ByReference);
