namespace Microfinance.Application.Deposits.Commands.UpdateDepositProduct;

public sealed class UpdateDepositProductCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, DepositProductGlAccounts glAccounts)
    : IRequestHandler<UpdateDepositProductCommand, DepositProductDto>
{
    public async Task<DepositProductDto> Handle(UpdateDepositProductCommand r, CancellationToken cancellationToken)
    {
        var product = await db.DepositProducts.FirstOrDefaultAsync(p => p.Id == r.Id, cancellationToken)
            ?? throw new NotFoundException("Deposit product", r.Id);
        var ledgerAccounts = await glAccounts.ResolveAsync(product.Kind, r.DepositsGlAccountId ?? product.DepositsGlAccountId,
            r.FeeIncomeGlAccountId ?? product.FeeIncomeGlAccountId, r.InterestExpenseGlAccountId ?? product.InterestExpenseGlAccountId, cancellationToken);
        product.Update(IDepositProductFields.TermsOf(r, r.AllowsSingleStepOpening), ledgerAccounts);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }
}
