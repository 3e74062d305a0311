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

public sealed record CurrentUserDto(
    Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles,
    Guid? InstitutionId, string? InstitutionName, Guid? BranchId, string? BranchName);

/// <summary>What it takes to create a user in the institution in scope.</summary>
public sealed record NewUser(
    string Username, string DisplayName, string? Email, string? PhoneNumber, string Role, Guid? BranchId, string Password);
