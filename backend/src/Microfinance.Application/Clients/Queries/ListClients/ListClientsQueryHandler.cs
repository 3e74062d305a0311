namespace Microfinance.Application.Clients.Queries.ListClients;

public sealed class ListClientsQueryHandler(IApplicationDbContext db, IIdDocumentProtector protector)
    : IRequestHandler<ListClientsQuery, PagedList<ClientSummaryDto>>
{
    public Task<PagedList<ClientSummaryDto>> Handle(ListClientsQuery q, CancellationToken cancellationToken)
    {
        var clients = db.Clients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var search = q.Search.Trim().ToLower();
            var digits = new string(search.Where(char.IsAsciiDigit).ToArray());
            var documentHash = protector.Hash(search);
            clients = clients.Where(c =>
                (c.FirstName + " " + c.LastName).ToLower().Contains(search) || (c.LastName + " " + c.FirstName).ToLower().Contains(search)
                || c.Number.ToLower() == search
                || (digits.Length >= 4 && c.Phone.Contains(digits))
                || c.IdDocumentHash == documentHash);
        }
        if (q.Status is { } status) clients = clients.Where(c => c.Status == status);
        if (q.BranchId is { } branch) clients = clients.Where(c => c.BranchId == branch);
        if (q.AgentId is { } agent) clients = clients.Where(c => c.AssignedAgentId == agent);
        clients = q.Sort switch
        {
            "-name" => clients.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName),
            "number" => clients.OrderBy(c => c.Number),
            "-number" => clients.OrderByDescending(c => c.Number),
            "createdAt" => clients.OrderBy(c => c.CreatedAt),
            "-createdAt" => clients.OrderByDescending(c => c.CreatedAt),
            _ => clients.OrderBy(c => c.LastName).ThenBy(c => c.FirstName),
        };
        var rows =
            from c in clients
            join b in db.Branches on c.BranchId equals b.Id
            select new ClientSummaryDto
            {
                Id = c.Id,
                Number = c.Number,
                FirstName = c.FirstName,
                LastName = c.LastName,
                Phone = c.Phone,
                City = c.City,
                BranchId = c.BranchId,
                BranchName = b.Name,
                AssignedAgentId = c.AssignedAgentId,
                Status = c.Status,
                CreatedAt = c.CreatedAt,
            };
        return PagedList<ClientSummaryDto>.CreateAsync(rows, q.Page, q.PageSize, cancellationToken);
    }
}
