using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Commands.CreateGlAccount;

[Authorize(Roles.Accountant)]
public sealed record CreateGlAccountCommand(string Code, string Name, GlAccountType Type) : ICommand<GlAccountDto>;
