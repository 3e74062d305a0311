using Microfinance.Application.Accounting;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.CreateLoanProduct;

public sealed class CreateLoanProductCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, LedgerPoster ledger, TimeProvider clock)
    : IRequestHandler<CreateLoanProductCommand, LoanProductDto>
{
    public async Task<LoanProductDto> Handle(CreateLoanProductCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.LoanProducts.AnyAsync(p => p.Code == code, cancellationToken))
            throw new ConflictException("product_code_taken", "A loan product with code {0} already exists.", code);
        var product = new LoanProduct(tenant.RequiredInstitutionId, code, ILoanProductFields.TermsOf(r), await LedgerAsync(cancellationToken), clock.GetUtcNow());
        db.LoanProducts.Add(product);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }


    private async Task<LoanProductLedger> LedgerAsync(CancellationToken ct) => new(
        await ledger.AccountForAsync(LedgerPurpose.LoanPortfolio, ct), await ledger.AccountForAsync(LedgerPurpose.LoanInterestIncome, ct),
        await ledger.AccountForAsync(LedgerPurpose.LoanFeeIncome, ct), await ledger.AccountForAsync(LedgerPurpose.PenaltyIncome, ct),
        await ledger.AccountForAsync(LedgerPurpose.PenaltiesReceivable, ct), await ledger.AccountForAsync(LedgerPurpose.LoanLossExpense, ct));
}
