namespace Microfinance.Application.Accounting.Commands.DeleteGlAccount;

/// <summary>Only an account nothing refers to (no posting, no product, no mapping) can be deleted.</summary>
[Authorize(Roles.Accountant)]
public sealed record DeleteGlAccountCommand(Guid Id) : ICommand<Unit>;
