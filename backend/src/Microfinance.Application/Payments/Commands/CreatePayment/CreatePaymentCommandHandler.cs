using Microfinance.Application.Common.Money;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.CreatePayment;

public sealed class CreatePaymentCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, PaymentTargets targets, PaymentGateways gateways, PaymentReader reader, InstitutionProfile institution,
    ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreatePaymentCommand, PaymentDto>
{
    public async Task<PaymentDto> Handle(CreatePaymentCommand r, CancellationToken cancellationToken)
    {
        var provider = await db.PaymentProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Code == r.Provider && p.IsActive, cancellationToken)
            ?? throw new ValidationException("provider", "The institution has no active payment provider {0}.", r.Provider);
        var target = await targets.CheckAsync(r.Purpose, r.TargetId, r.Amount, cancellationToken);
        var profile = await institution.CurrentAsync(cancellationToken);
        var intent = new PaymentIntent(profile.Id, target.BranchId, r.Purpose, r.TargetId, target.ClientId, r.Amount, profile.CurrencyCode, r.PayerPhone,
            provider.Id, user.UserId!.Value, clock.GetUtcNow());
        db.PaymentIntents.Add(intent);
        var started = await gateways.For(provider).StartAsync(provider, intent, cancellationToken);
        intent.RecordInstructions(started.ProviderReference, started.PayerInstructions, started.CheckoutUrl);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.PaymentAsync(intent.Id, cancellationToken);
    }
}
