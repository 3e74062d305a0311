namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// One refresh token of a family (one sign-in). Only its SHA-256 is stored. Spending it issues the next token of the
/// family; presenting a spent one again revokes the whole family.
/// </summary>
public sealed class RefreshToken : INotAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
