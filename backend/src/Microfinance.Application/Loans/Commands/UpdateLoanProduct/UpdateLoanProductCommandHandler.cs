using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.UpdateLoanProduct;

public sealed class UpdateLoanProductCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<UpdateLoanProductCommand, LoanProductDto>
{
    public async Task<LoanProductDto> Handle(UpdateLoanProductCommand r, CancellationToken cancellationToken)
    {
        var product = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == r.Id, cancellationToken) ?? throw new NotFoundException("Loan product", r.Id);
        product.Update(ILoanProductFields.TermsOf(r), new LoanProductLedger(product.PortfolioGlAccountId, product.InterestIncomeGlAccountId, product.FeeIncomeGlAccountId,
            product.PenaltyIncomeGlAccountId, product.PenaltiesReceivableGlAccountId, product.LossExpenseGlAccountId));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }
}
