namespace Microfinance.Domain.Common;

/// <summary>Marks business data that belongs to exactly one institution (tenant).
/// The persistence layer filters every read and checks every write against the caller's institution.</summary>
public interface ITenantOwned
{
    Guid InstitutionId { get; }
}
