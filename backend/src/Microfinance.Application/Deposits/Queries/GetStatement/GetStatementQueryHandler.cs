using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits.Queries.GetStatement;

public sealed class GetStatementQueryHandler(DepositReader reader, InstitutionProfile institution)
    : IRequestHandler<GetStatementQuery, StatementDto>
{
    /// <summary>
    /// Counting, balances and the page's cut read the movements table alone (its (account, sequence) index); only the
    /// page's 50 rows are joined for names and entry numbers.
    /// </summary>
    public async Task<StatementDto> Handle(GetStatementQuery q, CancellationToken cancellationToken)
    {
        var account = await reader.AccountAsync(q.AccountId, cancellationToken);
        var inRange = reader.MovementsBetween(q.AccountId, q.From, q.To);
        var (opening, closing) = await reader.StatementBalancesAsync(q.AccountId, q.From, q.To, cancellationToken);
        var total = await inRange.CountAsync(cancellationToken);
        var cut = inRange.OrderBy(t => t.Sequence).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize);
        var items = await (await reader.TransactionsAsync(cancellationToken, cut)).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        return new StatementDto(account.Id, account.Number, account.ClientName, await institution.CurrencyAsync(cancellationToken), q.From, q.To,
            opening, closing, items, q.Page, q.PageSize, total);
    }
}
