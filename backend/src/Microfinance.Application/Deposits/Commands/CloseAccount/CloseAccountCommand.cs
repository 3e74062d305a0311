using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.CloseAccount;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CloseAccountCommand(Guid Id) : ICommand<DepositAccountDto>;
