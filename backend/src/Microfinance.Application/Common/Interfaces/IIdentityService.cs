using Microfinance.Application.IdentityAccess;
using Microfinance.Application.IdentityAccess.Queries.ListUsers;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>The identity store (ASP.NET Core Identity behind it): users, passwords, lockout.</summary>
public interface IIdentityService
{
    /// <summary>Checks a password, counting failures towards lockout. No user for any failure, whatever its cause.</summary>
    Task<CredentialCheck> CheckCredentialsAsync(string username, string password, CancellationToken cancellationToken);

    /// <summary>The user; with <paramref name="onlyIfActive"/>, only if they may still hold tokens (active, in an active institution).</summary>
    Task<UserIdentity?> FindUserAsync(Guid userId, bool onlyIfActive, CancellationToken cancellationToken);

    Task<CurrentUserDto?> GetCurrentUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<PagedList<UserDto>> ListUsersAsync(ListUsersQuery query, CancellationToken cancellationToken);

    Task<UserDto?> GetUserAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Display names of the given users of the institution in scope, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetDisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Creates a user in the institution in scope. Password-policy failures come back as a validation error on <paramref name="passwordField"/>.</summary>
    Task<UserDto> CreateUserAsync(NewUser user, string passwordField, CancellationToken cancellationToken);

    Task<UserDto> UpdateProfileAsync(Guid id, string displayName, string? email, string? phoneNumber, CancellationToken cancellationToken);

    Task<UserDto> AssignAsync(Guid id, string role, Guid? branchId, CancellationToken cancellationToken);

    Task<UserDto> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken);

    /// <summary>
    /// Active staff of the institution in scope to notify: the given users, or those holding <paramref name="role"/> in
    /// <paramref name="branchId"/> or in no branch (every branch of the role when it is null).
    /// </summary>
    Task<IReadOnlyList<NotificationRecipient>> FindRecipientsAsync(IReadOnlyCollection<Guid>? userIds, string? role, Guid? branchId,
        CancellationToken cancellationToken);

    Task<NotificationPreferencesDto> GetNotificationPreferencesAsync(Guid userId, CancellationToken cancellationToken);

    Task<NotificationPreferencesDto> UpdateNotificationPreferencesAsync(Guid userId, string language, IReadOnlyCollection<NotificationKind> emailKinds,
        CancellationToken cancellationToken);

    Task ResetPasswordAsync(Guid id, string newPassword, CancellationToken cancellationToken);
}
