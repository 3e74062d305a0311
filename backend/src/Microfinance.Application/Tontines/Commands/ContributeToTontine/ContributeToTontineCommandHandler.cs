namespace Microfinance.Application.Tontines.Commands.ContributeToTontine;

public sealed class ContributeToTontineCommandHandler(TontinePostings postings, TontineReader reader)
    : IRequestHandler<ContributeToTontineCommand, ContributionReceiptDto>
{
    public async Task<ContributionReceiptDto> Handle(ContributeToTontineCommand r, CancellationToken cancellationToken)
    {
        var (contribution, participant, entryNumber) = await postings.ContributeAsync(r.ParticipantId, r.Days, r.Amount, r.Channel, null, null, cancellationToken);
        // The contribution as just written, not read back (as a deposit's receipt, docs/ledger.md); one read for the
        // participant's names and today's total, one for the users' names.
        var receipt = TontineReader.ContributionOf(contribution, entryNumber);
        var after = await reader.Participants(contribution.Date).FirstAsync(p => p.Id == participant.Id, cancellationToken);
        await reader.WithNamesAsync<object>([receipt, after], cancellationToken);
        return new ContributionReceiptDto(receipt, after);
    }
}
