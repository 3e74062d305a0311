namespace Microfinance.Application.Clients;

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
            Id = client.Id,
            Number = client.Number,
            FirstName = client.FirstName,
            LastName = client.LastName,
            Gender = client.Gender,
            DateOfBirth = client.DateOfBirth,
            Phone = client.Phone,
            Email = client.Email,
            Address = client.Address,
            City = client.City,
            Occupation = client.Occupation,
            IdDocumentType = client.IdDocumentType,
            IdDocumentNumber = client.IdDocumentNumber,
            BranchId = client.BranchId,
            BranchName = row.BranchName,
            AssignedAgentId = client.AssignedAgentId,
            AssignedAgentName = agent?.DisplayName,
            Status = client.Status,
            Language = client.Language,
            SmsOptOut = client.SmsOptOut,
            SmsOptOutAt = client.SmsOptOutAt,
            CreatedAt = client.CreatedAt,
        };
    }
}
