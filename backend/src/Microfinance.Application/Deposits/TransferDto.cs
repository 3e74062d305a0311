namespace Microfinance.Application.Deposits;

public sealed record TransferDto(Guid JournalEntryId, TransactionDto Debit, TransactionDto Credit);
