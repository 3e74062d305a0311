using Microfinance.Application.Deposits.Queries.ListTransactions;

namespace Microfinance.Application.Reporting.Commands.ExportTransactions;

/// <summary>The explorer's own checks on its filters, then the format.</summary>
public sealed class ExportTransactionsCommandValidator : AbstractValidator<ExportTransactionsCommand>
{
    public ExportTransactionsCommandValidator()
    {
        RuleFor(x => x.Filters).SetValidator(new ListTransactionsQueryValidator());
        RuleFor(x => x.Format).IsInEnum();
    }
}
