namespace Microfinance.Application.Tontines.Commands.PayTontineAdhesionFee;

public sealed class PayTontineAdhesionFeeCommandHandler(TontinePostings postings, TontineReader reader)
    : IRequestHandler<PayTontineAdhesionFeeCommand, TontineAdhesionDto>
{
    public async Task<TontineAdhesionDto> Handle(PayTontineAdhesionFeeCommand r, CancellationToken cancellationToken)
    {
        var (adhesion, _) = await postings.PayAdhesionFeeAsync(r.Id, r.Channel, null, cancellationToken);
        return await reader.AdhesionAsync(adhesion.Id, cancellationToken);
    }
}
