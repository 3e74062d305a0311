using System.Text.Json.Serialization;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.UpdateLoanProduct;

public sealed class UpdateLoanProductCommandValidator : AbstractValidator<UpdateLoanProductCommand>
{
    public UpdateLoanProductCommandValidator() => Include(new LoanProductFieldsValidator());
}
