namespace Microfinance.Application.Accounting.Queries.ListJournalEntries;

public sealed record JournalLineDto(Guid GlAccountId, string GlAccountCode, string GlAccountName, Guid? DepositAccountId, decimal Debit, decimal Credit);
