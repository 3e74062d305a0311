using Microfinance.Application.IdentityAccess;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Two-factor sign-in with time-based codes (TOTP, RFC 6238): enrolment, code checks with their own lockout, recovery
/// codes, reset (docs/security.md). The secret never leaves this service except once, while enrolling.
/// </summary>
public interface ITwoFactorService
{
    /// <summary>Whether the user has confirmed an enrolment, and whether their role (in their institution) requires one.</summary>
    Task<TwoFactorStatus> GetStatusAsync(UserIdentity user, CancellationToken cancellationToken);

    /// <summary>A new secret waiting for its first code (replacing one that waited); 422 when an enrolment is already confirmed.</summary>
    Task<TwoFactorEnrolmentDto> StartEnrolmentAsync(UserIdentity user, CancellationToken cancellationToken);

    /// <summary>Confirms the waiting secret with a first code; returns the ten recovery codes, the only time they are shown. 422 on a wrong code.</summary>
    Task<IReadOnlyList<string>> ConfirmEnrolmentAsync(Guid userId, string code, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a code (or a recovery code, spent on success) at sign-in, the user's row locked so that a code is accepted
    /// once: a time step at or before the last accepted one is refused. Failures count towards the code lockout.
    /// </summary>
    Task<TwoFactorCheck> VerifyAsync(Guid userId, string? code, string? recoveryCode, CancellationToken cancellationToken);

    /// <summary>Forgets the user's enrolment and recovery codes; false when there was none.</summary>
    Task<bool> RemoveAsync(Guid userId, CancellationToken cancellationToken);
}
