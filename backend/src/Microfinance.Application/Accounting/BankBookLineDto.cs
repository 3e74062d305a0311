namespace Microfinance.Application.Accounting;

/// <summary>A journal line of a bank GL account with its entry, and the reference of the movement it records, if any.</summary>
public sealed record BankBookLineDto(
    Guid JournalLineId, Guid EntryId, long EntryNumber, DateOnly ValueDate, string Description, string? Reference, decimal Debit, decimal Credit);
