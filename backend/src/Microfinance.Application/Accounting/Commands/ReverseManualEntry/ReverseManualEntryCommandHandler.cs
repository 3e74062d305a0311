namespace Microfinance.Application.Accounting.Commands.ReverseManualEntry;

public sealed class ReverseManualEntryCommandHandler(ManualEntryPostings postings, ManualEntryReader reader)
    : IRequestHandler<ReverseManualEntryCommand, ManualEntryDto>
{
    public async Task<ManualEntryDto> Handle(ReverseManualEntryCommand r, CancellationToken cancellationToken) =>
        await reader.GetAsync((await postings.ReverseAsync(r.Id, r.Reason, cancellationToken)).Id, cancellationToken);
}
