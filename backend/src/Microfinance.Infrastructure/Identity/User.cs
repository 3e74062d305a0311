using Microsoft.AspNetCore.Identity;

namespace Microfinance.Infrastructure.Identity;

/// <summary>A staff member who signs in. Holds exactly one role; belongs to one institution (none for a PlatformAdmin).</summary>
public sealed class User : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public Guid? InstitutionId { get; set; }
    public Guid? BranchId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    /// <summary>The language notifications are written in for this user: "fr" or "en".</summary>
    public string Language { get; set; } = "fr";
    /// <summary>The notification kinds this user also receives by e-mail (their names).</summary>
    public List<string> EmailNotificationKinds { get; set; } = [];
}
