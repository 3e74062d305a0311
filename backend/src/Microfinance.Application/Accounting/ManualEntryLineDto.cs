namespace Microfinance.Application.Accounting;

public sealed record ManualEntryLineDto(Guid GlAccountId, string GlAccountCode, string GlAccountName, decimal Debit, decimal Credit, string? Label);
