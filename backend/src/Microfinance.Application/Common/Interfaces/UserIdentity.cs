namespace Microfinance.Application.Common.Interfaces;

/// <summary>What a token says about a user.</summary>
public sealed record UserIdentity(Guid Id, string Username, string DisplayName, string Role, Guid? InstitutionId, Guid? BranchId);
