using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.ApproveWithdrawal;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ApproveWithdrawalCommand(Guid Id) : ICommand<TransactionDto>;
