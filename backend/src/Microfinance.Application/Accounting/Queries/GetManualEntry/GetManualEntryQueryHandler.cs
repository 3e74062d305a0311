namespace Microfinance.Application.Accounting.Queries.GetManualEntry;

public sealed class GetManualEntryQueryHandler(ManualEntryReader reader) : IRequestHandler<GetManualEntryQuery, ManualEntryDto>
{
    public Task<ManualEntryDto> Handle(GetManualEntryQuery q, CancellationToken cancellationToken) => reader.GetAsync(q.Id, cancellationToken);
}
