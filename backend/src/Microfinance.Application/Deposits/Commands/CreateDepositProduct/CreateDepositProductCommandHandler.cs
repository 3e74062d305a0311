using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.CreateDepositProduct;

public sealed class CreateDepositProductCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, DepositProductGlAccounts glAccounts, TimeProvider clock)
    : IRequestHandler<CreateDepositProductCommand, DepositProductDto>
{
    public async Task<DepositProductDto> Handle(CreateDepositProductCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.DepositProducts.AnyAsync(p => p.Code == code, cancellationToken))
            throw new ConflictException("product_code_taken", "A product with code {0} already exists.", code);
        var ledgerAccounts = await glAccounts.ResolveAsync(r.Kind, r.DepositsGlAccountId, r.FeeIncomeGlAccountId, r.InterestExpenseGlAccountId, cancellationToken);
        var product = new DepositProduct(tenant.RequiredInstitutionId, code, r.Kind, IDepositProductFields.TermsOf(r, r.AllowsSingleStepOpening), ledgerAccounts, clock.GetUtcNow());
        db.DepositProducts.Add(product);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }
}
