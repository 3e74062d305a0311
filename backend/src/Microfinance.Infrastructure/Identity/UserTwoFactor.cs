namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// A user's authenticator: the TOTP secret (encrypted, <see cref="Security.TotpSecretProtector"/>), confirmed or still
/// waiting for its first code, the last time step accepted (a code is never accepted twice), the code lockout, and the
/// SHA-256 of the unused recovery codes. Not audited row by row: the commands that change it describe themselves.
/// </summary>
public sealed class UserTwoFactor : INotAudited
{
    public Guid UserId { get; set; }
    public string ProtectedSecret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Null while the enrolment waits for its first code: sign-in does not ask for a code yet.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    /// <summary>The time step (Unix seconds / 30) of the last code accepted; a code of this step or an earlier one is refused.</summary>
    public long? LastAcceptedStep { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public List<string> RecoveryCodeHashes { get; set; } = [];
}
