using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.ReverseTransaction;

public sealed class ReverseTransactionCommandValidator : AbstractValidator<ReverseTransactionCommand>
{
    public ReverseTransactionCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
