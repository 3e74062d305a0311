using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients;

public sealed class ClientDto
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public Gender Gender { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? Occupation { get; set; }
    public IdDocumentType? IdDocumentType { get; set; }
    /// <summary>Decrypted for staff of the institution; never logged, never in the audit trail in clear.</summary>
    public string? IdDocumentNumber { get; set; }
    public Guid BranchId { get; set; }
    public string BranchName { get; set; } = "";
    public Guid? AssignedAgentId { get; set; }
    public string? AssignedAgentName { get; set; }
    public ClientStatus Status { get; set; }
    /// <summary>The language of the client's SMS: "fr" or "en".</summary>
    public string Language { get; set; } = "fr";
    public bool SmsOptOut { get; set; }
    /// <summary>When the client refused SMS reminders (null while they accept them).</summary>
    public DateTimeOffset? SmsOptOutAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
