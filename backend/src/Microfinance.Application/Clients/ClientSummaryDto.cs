using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients;

/// <summary>A row of the clients list: no ID document number.</summary>
public sealed class ClientSummaryDto
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? City { get; set; }
    public Guid BranchId { get; set; }
    public string BranchName { get; set; } = "";
    public Guid? AssignedAgentId { get; set; }
    public ClientStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
