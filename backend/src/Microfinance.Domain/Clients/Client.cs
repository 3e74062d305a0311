using Microfinance.Domain.Common;

namespace Microfinance.Domain.Clients;

/// <summary>
/// A member or client of the institution. The ID document number is stored encrypted; <see cref="IdDocumentHash"/>,
/// a keyed hash of it, makes it unique and searchable without decrypting anything.
/// </summary>
public sealed class Client : Entity, ITenantOwned
{
    private Client() { }

    public Client(Guid institutionId, Guid branchId, string number, ClientDetails details, Guid? assignedAgentId, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        BranchId = branchId;
        Number = number;
        AssignedAgentId = assignedAgentId;
        CreatedAt = createdAt;
        Update(details);
    }

    public Guid InstitutionId { get; private set; }
    public Guid BranchId { get; private set; }
    /// <summary>Readable client number, unique in the institution (e.g. CL-000042).</summary>
    public string Number { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public Gender Gender { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    /// <summary>E.164, unique in the institution.</summary>
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string? City { get; private set; }
    public string? Occupation { get; private set; }
    public IdDocumentType? IdDocumentType { get; private set; }
    public string? IdDocumentNumber { get; private set; }
    public string? IdDocumentHash { get; private set; }
    public Guid? AssignedAgentId { get; private set; }
    public ClientStatus Status { get; private set; } = ClientStatus.PendingKyc;
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>The language the client's messages are written in: "fr" or "en".</summary>
    public string Language { get; private set; } = "fr";
    /// <summary>The client asked for no SMS reminders; recorded with when they asked (<see cref="SmsOptOutAt"/>).</summary>
    public bool SmsOptOut { get; private set; }
    public DateTimeOffset? SmsOptOutAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>Replaces the identity details. Filing an ID document completes KYC for a pending client.</summary>
    public void Update(ClientDetails details)
    {
        if (Status == ClientStatus.Closed)
            throw new DomainException("client_closed", "A closed client cannot be edited.");
        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        Gender = details.Gender;
        DateOfBirth = details.DateOfBirth;
        Phone = details.Phone;
        Email = Blank(details.Email);
        Address = Blank(details.Address);
        City = Blank(details.City);
        Occupation = Blank(details.Occupation);
        var document = details.IdDocument;
        IdDocumentType = document?.Type;
        IdDocumentNumber = document?.Number;
        IdDocumentHash = document?.Hash;
        if (Status == ClientStatus.PendingKyc && document is not null)
            Status = ClientStatus.Active;
    }

    /// <summary>Sets how the client is written to: their language, and whether they accept SMS reminders.</summary>
    public void SetMessaging(string language, bool smsOptOut, DateTimeOffset at)
    {
        Language = language;
        if (smsOptOut != SmsOptOut) SmsOptOutAt = smsOptOut ? at : null;
        SmsOptOut = smsOptOut;
    }

    public void Assign(Guid branchId, Guid? agentId)
    {
        BranchId = branchId;
        AssignedAgentId = agentId;
    }

    /// <summary>Accounts are approved or opened only for a client whose identity was checked.</summary>
    public void EnsureIdentityChecked()
    {
        if (Status != ClientStatus.Active)
            throw new DomainException("client_kyc_pending", "The client's identity is not checked yet (no ID document on file).");
    }

    public void Suspend() => Move(ClientStatus.Active, ClientStatus.Suspended, "Only an active client can be suspended.");

    public void Reactivate() => Move(ClientStatus.Suspended, ClientStatus.Active, "Only a suspended client can be reactivated.");

    /// <summary>Closes the client; the caller has checked that every account is closed.</summary>
    public void Close()
    {
        if (Status == ClientStatus.Closed)
            throw new DomainException("client_closed", "The client is already closed.");
        Status = ClientStatus.Closed;
    }

    private void Move(ClientStatus from, ClientStatus to, string refusal)
    {
        if (Status != from) throw new DomainException("client_status_conflict", refusal);
        Status = to;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An ID document: its type, its number and the keyed hash that indexes it.</summary>
public sealed record IdDocument(IdDocumentType Type, string Number, string Hash);

public sealed record ClientDetails(
    string FirstName, string LastName, Gender Gender, DateOnly DateOfBirth, string Phone,
    string? Email, string? Address, string? City, string? Occupation, IdDocument? IdDocument);
