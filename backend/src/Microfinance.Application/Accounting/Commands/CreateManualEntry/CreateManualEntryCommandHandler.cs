using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Commands.CreateManualEntry;

public sealed class CreateManualEntryCommandHandler(ManualEntryPostings postings, ICurrentUser user)
    : IRequestHandler<CreateManualEntryCommand, ManualEntryDto>
{
    public async Task<ManualEntryDto> Handle(CreateManualEntryCommand r, CancellationToken cancellationToken)
    {
        var written = await postings.WriteAsync(r.ValueDate, r.Description, r.Reference, r.AttachmentName,
            r.Lines.Select(l => new ManualEntryLine(l.GlAccountId, l.Debit, l.Credit, string.IsNullOrWhiteSpace(l.Label) ? null : l.Label.Trim())).ToList(),
            cancellationToken);
        return ManualEntryReader.DescribeWritten(written, user.DisplayName);
    }
}
