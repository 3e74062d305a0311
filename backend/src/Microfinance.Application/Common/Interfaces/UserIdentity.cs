namespace Microfinance.Application.Common.Interfaces;

/// <summary>What a token says about a user.</summary>
public sealed record UserIdentity(Guid Id, string Username, string DisplayName, string Role, Guid? InstitutionId, Guid? BranchId);

/// <summary>
/// The outcome of a password check: the signed-in user, or none. On failure, the institution of the account the
/// username names (if any) so the attempt lands in that institution's audit trail; never shown to the caller.
/// </summary>
public sealed record CredentialCheck(UserIdentity? User, Guid? AccountInstitutionId = null);
