namespace Microfinance.Application.Accounting.Queries.GetGeneralLedger;

/// <summary>
/// A page of the lines (<see cref="GeneralLedgerReader"/>): its running balance starts from the opening plus the lines of
/// the period before the page, summed in PostgreSQL.
/// </summary>
public sealed class GetGeneralLedgerQueryHandler(GeneralLedgerReader reader) : IRequestHandler<GetGeneralLedgerQuery, GeneralLedgerDto>
{
    public async Task<GeneralLedgerDto> Handle(GetGeneralLedgerQuery q, CancellationToken cancellationToken)
    {
        var ledger = await reader.ReadAsync(q.GlAccountId, q.From, q.To, cancellationToken);
        var skip = (q.Page - 1) * q.PageSize;
        var balance = ledger.Opening + ledger.Signed(skip == 0 ? 0 : await ledger.Lines.Take(skip).SumAsync(x => x.Debit - x.Credit, cancellationToken));
        var page = await ledger.Lines.Skip(skip).Take(q.PageSize).ToListAsync(cancellationToken);
        var lines = page.Select(x =>
        {
            balance += ledger.Signed(x.Debit - x.Credit);
            return new GeneralLedgerLineDto(x.ValueDate, x.EntryId, x.Number, x.Description, x.Source, x.Debit, x.Credit, balance);
        }).ToList();

        var account = ledger.Account;
        return new GeneralLedgerDto(account.Id, account.Code, account.Name, account.Type, ledger.From, ledger.To, ledger.Opening, ledger.Debit, ledger.Credit,
            ledger.Closing, new PagedList<GeneralLedgerLineDto> { Items = lines, Page = q.Page, PageSize = q.PageSize, TotalCount = ledger.Count });
    }
}
