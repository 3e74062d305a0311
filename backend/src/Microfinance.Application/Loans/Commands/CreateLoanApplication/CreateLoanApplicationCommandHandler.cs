using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.CreateLoanApplication;

public sealed class CreateLoanApplicationCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, INumberSequences numbers, LoanEligibility eligibility, LoanReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(CreateLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == r.ClientId, cancellationToken)
            ?? throw new ValidationException("clientId", "No client with this id in your institution.");
        if (client.Status != ClientStatus.Active)
            throw new DomainException("client_not_active", "Only an active client (identity checked) can apply for a loan.");
        var product = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == r.ProductId && p.IsActive, cancellationToken)
            ?? throw new ValidationException("productId", "No active loan product with this id in your institution.");
        var terms = product.TermsFor(r.Amount, r.NumberOfInstallments, r.AnnualInterestRatePercent, r.GracePeriods);
        await eligibility.CheckAsync(client.Id, product, terms, r.Guarantee, null, cancellationToken);

        var number = $"PR-{await numbers.NextAsync("loan", cancellationToken):D6}";
        var loan = new Loan(client.InstitutionId, client.BranchId, client.Id, product.Id, number, terms, r.Purpose.Trim(), r.Guarantee?.Trim(),
            user.UserId!.Value, clock.GetUtcNow());
        db.Loans.Add(loan);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
