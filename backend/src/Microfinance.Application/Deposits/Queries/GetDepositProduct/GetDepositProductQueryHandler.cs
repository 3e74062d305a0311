namespace Microfinance.Application.Deposits.Queries.GetDepositProduct;

public sealed class GetDepositProductQueryHandler(IApplicationDbContext db)
    : IRequestHandler<GetDepositProductQuery, DepositProductDto>
{
    public async Task<DepositProductDto> Handle(GetDepositProductQuery q, CancellationToken cancellationToken) =>
        await db.DepositProducts.AsNoTracking().Where(p => p.Id == q.Id).ProjectToDto().FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Deposit product", q.Id);
}
