namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// The outcome of a password check: the signed-in user, or none. On failure, the institution of the account the
/// username names (if any) so the attempt lands in that institution's audit trail — never shown to the caller — and,
/// when too many failures locked the username, until when. Unknown usernames lock the same way, so the answer never
/// tells whether a username exists.
/// </summary>
public sealed record CredentialCheck(UserIdentity? User, Guid? AccountInstitutionId = null, DateTimeOffset? LockedUntil = null);
