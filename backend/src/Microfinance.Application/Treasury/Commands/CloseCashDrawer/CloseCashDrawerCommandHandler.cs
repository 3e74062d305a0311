namespace Microfinance.Application.Treasury.Commands.CloseCashDrawer;

public sealed class CloseCashDrawerCommandHandler(TreasuryPostings postings, CashDrawerReader reader) : IRequestHandler<CloseCashDrawerCommand, CashDrawerDto>
{
    public async Task<CashDrawerDto> Handle(CloseCashDrawerCommand r, CancellationToken cancellationToken)
    {
        var session = await postings.CloseAsync(r.Id, r.Counts, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), cancellationToken);
        return await reader.OneAsync(session.Id, cancellationToken);
    }
}
