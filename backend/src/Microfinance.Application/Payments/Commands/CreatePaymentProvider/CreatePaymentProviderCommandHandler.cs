namespace Microfinance.Application.Payments.Commands.CreatePaymentProvider;

public sealed class CreatePaymentProviderCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, PaymentProviderSetup setup, ITenantContext tenant)
    : IRequestHandler<CreatePaymentProviderCommand, PaymentProviderDto>
{
    public async Task<PaymentProviderDto> Handle(CreatePaymentProviderCommand r, CancellationToken cancellationToken)
    {
        var provider = await setup.AddAsync(tenant.RequiredInstitutionId, r.Code, r.Kind, r.Name, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await db.PaymentProviders.Where(p => p.Id == provider.Id).ProjectToDto().FirstAsync(cancellationToken);
    }
}
