using Microfinance.Domain.Common;

namespace Microfinance.Domain.IdentityAccess;

/// <summary>An agency (<i>agence</i>) of an institution. Its code is unique in the institution and prefixes account numbers.</summary>
public sealed class Branch : Entity, ITenantOwned
{
    private Branch() { }

    public Branch(Guid institutionId, string code, string name, string? address, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Code = code.Trim().ToUpperInvariant();
        Rename(name, address);
        CreatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Address { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name, string? address)
    {
        Name = name.Trim();
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
    }

    public void Deactivate()
    {
        if (!IsActive)
            throw new DomainException("branch_already_inactive", "The branch is already deactivated.");
        IsActive = false;
    }
}
