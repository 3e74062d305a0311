

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// The institution whose data the current unit of work may read and write. It follows the caller by default;
/// trusted code may step into another scope explicitly (a platform admin creating an institution's first user,
/// the login flow, demo seeding). The persistence layer enforces it on every query and every save.
/// </summary>
public interface ITenantContext
{
    /// <summary>The institution in scope; null for platform-level callers, who see no tenant data.</summary>
    Guid? InstitutionId { get; }

    /// <summary>True inside <see cref="EnterUnrestrictedScope"/>: filters and write checks are lifted.</summary>
    bool IsUnrestricted { get; }

    IDisposable EnterInstitutionScope(Guid institutionId);

    IDisposable EnterUnrestrictedScope();

    /// <summary>The institution in scope, or a failure when the caller has none (a programming error).</summary>
    Guid RequiredInstitutionId => InstitutionId ?? throw new InvalidOperationException("No institution is in scope.");
}
