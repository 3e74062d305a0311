namespace Microfinance.Application.Accounting.Queries.GetAccountingSettings;

/// <summary>The institution's accounting rules: manual entries above <see cref="ManualEntryApprovalThreshold"/> wait for approval.</summary>
public sealed record AccountingSettingsDto(decimal ManualEntryApprovalThreshold, string Currency);
