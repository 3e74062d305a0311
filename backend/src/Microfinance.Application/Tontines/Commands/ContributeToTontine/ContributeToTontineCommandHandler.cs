namespace Microfinance.Application.Tontines.Commands.ContributeToTontine;

public sealed class ContributeToTontineCommandHandler(TontinePostings postings, TontineReader reader)
    : IRequestHandler<ContributeToTontineCommand, ContributionReceiptDto>
{
    public async Task<ContributionReceiptDto> Handle(ContributeToTontineCommand r, CancellationToken cancellationToken)
    {
        var (contribution, participant, _) = await postings.ContributeAsync(r.ParticipantId, r.Days, r.Amount, r.Channel, null, null, cancellationToken);
        var receipt = await reader.Contributions().FirstAsync(c => c.Id == contribution.Id, cancellationToken);
        await reader.WithNamesAsync([receipt], cancellationToken);
        return new ContributionReceiptDto(receipt, await reader.ParticipantAsync(participant.Id, cancellationToken));
    }
}
