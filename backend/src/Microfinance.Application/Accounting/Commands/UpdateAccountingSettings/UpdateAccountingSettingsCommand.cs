using Microfinance.Application.Accounting.Queries.GetAccountingSettings;

namespace Microfinance.Application.Accounting.Commands.UpdateAccountingSettings;

/// <summary>Sets the amount above which a manual entry waits for a second person's approval (0: every entry waits).</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateAccountingSettingsCommand(decimal ManualEntryApprovalThreshold) : ICommand<AccountingSettingsDto>;
