using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients.Queries;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetClientQuery(Guid Id) : IRequest<ClientDto>;

/// <summary>
/// Search matches a name, the phone, the client number or — exactly, through its keyed hash — an ID document number.
/// Sort: <c>name</c>, <c>number</c> or <c>createdAt</c>, prefixed with <c>-</c> for descending.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListClientsQuery(
    string? Search = null, ClientStatus? Status = null, Guid? BranchId = null, Guid? AgentId = null, string? Sort = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<ClientSummaryDto>>, IPageRequest;

public sealed class ListClientsQueryValidator : AbstractValidator<ListClientsQuery>
{
    public static readonly string[] Sorts = ["name", "-name", "number", "-number", "createdAt", "-createdAt"];

    public ListClientsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Sort).Must(s => s is null || Sorts.Contains(s)).WithMessage($"Sort by one of: {string.Join(", ", Sorts)}.");
    }
}

public sealed class ClientQueryHandlers(IApplicationDbContext db, ClientReader reader, IIdDocumentProtector protector)
    : IRequestHandler<GetClientQuery, ClientDto>,
      IRequestHandler<ListClientsQuery, PagedList<ClientSummaryDto>>
{
    public Task<ClientDto> Handle(GetClientQuery request, CancellationToken cancellationToken) => reader.GetAsync(request.Id, cancellationToken);

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
                Id = c.Id, Number = c.Number, FirstName = c.FirstName, LastName = c.LastName, Phone = c.Phone, City = c.City,
                BranchId = c.BranchId, BranchName = b.Name, AssignedAgentId = c.AssignedAgentId, Status = c.Status, CreatedAt = c.CreatedAt,
            };
        return PagedList<ClientSummaryDto>.CreateAsync(rows, q.Page, q.PageSize, cancellationToken);
    }
}

/// <summary>One client as the API shows it (with branch and agent names); shared by commands and queries.</summary>
public sealed class ClientReader(IApplicationDbContext db, IIdentityService identity)
{
    public async Task<ClientDto> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await (
            from c in db.Clients.AsNoTracking()
            join b in db.Branches on c.BranchId equals b.Id
            where c.Id == id
            select new { Client = c, BranchName = b.Name }
        ).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Client", id);
        var client = row.Client;
        var agent = client.AssignedAgentId is { } agentId ? await identity.GetUserAsync(agentId, ct) : null;
        return new ClientDto
        {
            Id = client.Id, Number = client.Number, FirstName = client.FirstName, LastName = client.LastName, Gender = client.Gender,
            DateOfBirth = client.DateOfBirth, Phone = client.Phone, Email = client.Email, Address = client.Address, City = client.City,
            Occupation = client.Occupation, IdDocumentType = client.IdDocumentType, IdDocumentNumber = client.IdDocumentNumber,
            BranchId = client.BranchId, BranchName = row.BranchName, AssignedAgentId = client.AssignedAgentId,
            AssignedAgentName = agent?.DisplayName, Status = client.Status, CreatedAt = client.CreatedAt,
        };
    }
}
