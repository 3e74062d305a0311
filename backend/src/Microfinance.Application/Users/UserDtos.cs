namespace Microfinance.Application.Users;

public sealed class UserDto
{
    public Guid Id { get; set; }
    public string Username { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string? PhoneNumber { get; set; }
    public string Role { get; set; } = "";
    public Guid? BranchId { get; set; }
    public string? BranchName { get; set; }
    public bool IsActive { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The signed-in user, with their institution's currency (null for a platform admin) for formatting amounts.</summary>
public sealed record CurrentUserDto(
    Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles,
    Guid? InstitutionId, string? InstitutionName, string? Currency, Guid? BranchId, string? BranchName);

/// <summary>What it takes to create a user in the institution in scope.</summary>
public sealed record NewUser(
    string Username, string DisplayName, string? Email, string? PhoneNumber, string Role, Guid? BranchId, string Password);
