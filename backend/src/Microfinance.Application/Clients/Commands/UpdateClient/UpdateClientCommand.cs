using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients.Commands.UpdateClient;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record UpdateClientCommand(
    string FirstName, string LastName, Gender Gender, DateOnly DateOfBirth, string Phone, string? Email, string? Address,
    string? City, string? Occupation, IdDocumentType? IdDocumentType, string? IdDocumentNumber, Guid BranchId, Guid? AssignedAgentId)
    : ICommand<ClientDto>, IClientFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
