using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Deposits.Commands.UpdateDepositProduct;

public sealed class UpdateDepositProductCommandValidator : AbstractValidator<UpdateDepositProductCommand>
{
    public UpdateDepositProductCommandValidator() => Include(new DepositProductFieldsValidator());
}
