using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microfinance.Domain.Common;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OtpNet;
using QRCoder;

namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps) through Otp.NET; a code is accepted one step either side of now
/// (a phone's clock drifts), and only if its step is after the last one accepted (a code seen over a shoulder or in a
/// log cannot be replayed within its window). Recovery codes are 10 random characters, kept as SHA-256 hashes.
/// </summary>
public sealed class TwoFactorService(AppDbContext db, TotpSecretProtector protector, IOptions<TwoFactorOptions> options, TimeProvider clock)
    : ITwoFactorService
{
    private const int SecretBytes = 20;
    private const int RecoveryCodeCount = 10;
    private const string RecoveryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly VerificationWindow OneStepEachWay = new(previous: 1, future: 1);

    public async Task<TwoFactorStatus> GetStatusAsync(UserIdentity user, CancellationToken cancellationToken)
    {
        var enabled = await db.UserTwoFactors.AnyAsync(t => t.UserId == user.Id && t.ConfirmedAt != null, cancellationToken);
        var required = user.InstitutionId is { } institutionId
            ? (await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == institutionId, cancellationToken)).RequiresTwoFactor(user.Role)
            : Roles.AlwaysTwoFactor.Contains(user.Role);
        return new TwoFactorStatus(enabled, required);
    }

    public async Task<TwoFactorEnrolmentDto> StartEnrolmentAsync(UserIdentity user, CancellationToken cancellationToken)
    {
        var row = await db.UserTwoFactors.FirstOrDefaultAsync(t => t.UserId == user.Id, cancellationToken);
        if (row?.ConfirmedAt is not null)
            throw new DomainException("two_factor_already_enabled",
                "Two-factor sign-in is already on for this account; an administrator resets it to enrol another device.");
        if (row is null) db.UserTwoFactors.Add(row = new UserTwoFactor { UserId = user.Id });

        var secret = KeyGeneration.GenerateRandomKey(SecretBytes);
        row.ProtectedSecret = protector.Protect(secret);
        row.CreatedAt = clock.GetUtcNow();
        row.LastAcceptedStep = null;
        row.FailedAttempts = 0;
        row.LockedUntil = null;
        row.RecoveryCodeHashes = [];
        await db.SaveChangesAsync(cancellationToken);

        var manualKey = Base32Encoding.ToString(secret);
        var uri = new OtpUri(OtpType.Totp, manualKey, user.Username, options.Value.Issuer).ToString();
        var png = PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.M, 6);
        return new TwoFactorEnrolmentDto(manualKey, uri, Convert.ToBase64String(png));
    }

    public async Task<IReadOnlyList<string>> ConfirmEnrolmentAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var row = await LockAsync(userId, cancellationToken);
        if (row is not { ConfirmedAt: null })
            throw new DomainException("two_factor_not_started", "Start the enrolment first: there is no key waiting for its first code.");
        if (MatchStep(row, code) is not { } step)
            throw new DomainException("two_factor_code_invalid",
                "This is not the code the app shows for this key. Check that the phone's time is right and try again.");

        var recoveryCodes = Enumerable.Range(0, RecoveryCodeCount).Select(_ => NewRecoveryCode()).ToList();
        row.ConfirmedAt = clock.GetUtcNow();
        row.LastAcceptedStep = step;
        row.RecoveryCodeHashes = recoveryCodes.Select(HashRecoveryCode).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return recoveryCodes;
    }

    public async Task<TwoFactorCheck> VerifyAsync(Guid userId, string? code, string? recoveryCode, CancellationToken cancellationToken)
    {
        var row = await LockAsync(userId, cancellationToken);
        if (row is not { ConfirmedAt: not null }) return TwoFactorCheck.Refused;
        var now = clock.GetUtcNow();
        if (row.LockedUntil > now) return new TwoFactorCheck(false, row.LockedUntil);

        var accepted = Accept(row, code, recoveryCode);
        if (accepted)
        {
            row.FailedAttempts = 0;
            row.LockedUntil = null;
        }
        else if (++row.FailedAttempts >= options.Value.MaxFailedCodes)
        {
            row.FailedAttempts = 0;
            row.LockedUntil = now.AddMinutes(options.Value.LockoutMinutes);
        }
        await db.SaveChangesAsync(cancellationToken);
        return accepted ? TwoFactorCheck.Passed : TwoFactorCheck.Refused;
    }

    /// <summary>Spends the code's step, or the recovery code, when it is good.</summary>
    private bool Accept(UserTwoFactor row, string? code, string? recoveryCode)
    {
        if (code is not null && MatchStep(row, code) is { } step)
        {
            row.LastAcceptedStep = step;
            return true;
        }
        var hash = recoveryCode is null ? null : HashRecoveryCode(recoveryCode);
        if (hash is null || !row.RecoveryCodeHashes.Contains(hash)) return false;
        // A new list, so that EF sees the column change.
        row.RecoveryCodeHashes = row.RecoveryCodeHashes.Where(h => h != hash).ToList();
        return true;
    }

    public async Task<bool> RemoveAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.UserTwoFactors.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>The time step <paramref name="code"/> belongs to, within one step of now and after the last accepted one; else null.</summary>
    private long? MatchStep(UserTwoFactor row, string code)
    {
        var totp = new Totp(protector.Unprotect(row.ProtectedSecret));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, OneStepEachWay) && step > (row.LastAcceptedStep ?? long.MinValue)
            ? step
            : null;
    }

    // The row is locked until the transaction ends: two sign-ins with one code (or one recovery code) cannot both pass.
    private async Task<UserTwoFactor?> LockAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.UserTwoFactors.FromSql($"SELECT * FROM user_two_factors WHERE user_id = {userId} FOR UPDATE").ToListAsync(cancellationToken))
        .SingleOrDefault();

    private static string NewRecoveryCode()
    {
        var chars = RandomNumberGenerator.GetItems<char>(RecoveryAlphabet, 10);
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
    }

    /// <summary>Case, spaces and dashes do not matter when a code is typed back.</summary>
    private static string HashRecoveryCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray()))));
}
