namespace Microfinance.Application.Tontines.Commands.ContributeToTontine;

public sealed class ContributeToTontineCommandHandler(TontinePostings postings, TontineReader reader)
    : IRequestHandler<ContributeToTontineCommand, ContributionReceiptDto>
{
    public async Task<ContributionReceiptDto> Handle(ContributeToTontineCommand r, CancellationToken cancellationToken)
    {
        var (contribution, locked, entryNumber) = await postings.ContributeAsync(r.ParticipantId, r.Days, r.Amount, r.Channel, null, null, cancellationToken, r.ValueDate);
        // Built from what was written and read with the lock, not read back (as a deposit's receipt, docs/ledger.md); the
        // users' names are read only when someone else than the participant's collector collected.
        var receipt = TontineReader.ContributionOf(contribution, entryNumber);
        if (receipt.CollectedBy == locked.Participant.CollectorId) receipt.CollectedByName = locked.CollectorName;
        else await reader.WithNamesAsync([receipt], cancellationToken);
        return new ContributionReceiptDto(receipt, TontineReader.ParticipantOf(locked));
    }
}
