namespace Microfinance.Application.Accounting.Commands.RejectManualEntry;

public sealed class RejectManualEntryCommandHandler(ManualEntryPostings postings, ManualEntryReader reader)
    : IRequestHandler<RejectManualEntryCommand, ManualEntryDto>
{
    public async Task<ManualEntryDto> Handle(RejectManualEntryCommand r, CancellationToken cancellationToken) =>
        await reader.GetAsync((await postings.RejectAsync(r.Id, r.Reason, cancellationToken)).Id, cancellationToken);
}
