namespace Microfinance.Application.IdentityAccess;

/// <summary>What it takes to create a user in the institution in scope.</summary>
public sealed record NewUser(
    string Username, string DisplayName, string? Email, string? PhoneNumber, string Role, Guid? BranchId, string Password);
