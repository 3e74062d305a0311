namespace Microfinance.Application.Accounting.Commands.ApproveManualEntry;

public sealed class ApproveManualEntryCommandHandler(ManualEntryPostings postings, ManualEntryReader reader)
    : IRequestHandler<ApproveManualEntryCommand, ManualEntryDto>
{
    public async Task<ManualEntryDto> Handle(ApproveManualEntryCommand r, CancellationToken cancellationToken) =>
        await reader.GetAsync((await postings.ApproveAsync(r.Id, cancellationToken)).Id, cancellationToken);
}
