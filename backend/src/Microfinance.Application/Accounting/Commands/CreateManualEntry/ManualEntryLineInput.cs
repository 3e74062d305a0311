namespace Microfinance.Application.Accounting.Commands.CreateManualEntry;

/// <summary>A line as the accountant types it: a GL account and either a debit or a credit.</summary>
public sealed record ManualEntryLineInput(Guid GlAccountId, decimal Debit = 0, decimal Credit = 0, string? Label = null);
