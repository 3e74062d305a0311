using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients;

/// <summary>The fields a client is created or edited with, and their rules.</summary>
public interface IClientFields
{
    string FirstName { get; }
    string LastName { get; }
    Gender Gender { get; }
    DateOnly DateOfBirth { get; }
    string Phone { get; }
    string? Email { get; }
    string? Address { get; }
    string? City { get; }
    string? Occupation { get; }
    IdDocumentType? IdDocumentType { get; }
    string? IdDocumentNumber { get; }
}
