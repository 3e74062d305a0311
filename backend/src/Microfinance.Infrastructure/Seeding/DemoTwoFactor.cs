using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Identity;
using Microfinance.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// The demo users whose role always requires a second factor are enrolled with FIXED, PUBLIC development keys (README,
/// "Demo users"), so that <c>make run</c> stays usable: add the key to an authenticator app. Never seeded in Production
/// (demo data is not); off where the demo users sign in many times a minute (<c>Seed:DemoTwoFactor=false</c>: functional
/// tests, e2e), since a code is accepted once.
/// </summary>
public static class DemoTwoFactor
{
    /// <summary>Username → its development-only TOTP key (base32).</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        ["platform.admin"] = "DEMOPLATFORMADMINTOTPKEYABCDEFGH",
        ["sfd.admin"] = "DEMOSFDADMINTOTPKEYABCDEFGHIJKLM",
        ["accountant"] = "DEMOACCOUNTANTTOTPKEYABCDEFGHIJK",
    };

    /// <summary>Enrols each of them that has no enrolment yet (a reset one is enrolled again with the same key).</summary>
    public static async Task SeedAsync(AppDbContext db, ITenantContext tenant, TotpSecretProtector protector, DateTimeOffset now, CancellationToken ct)
    {
        using var unrestricted = tenant.EnterUnrestrictedScope();
        var usernames = Keys.Keys.ToArray();
        var users = await db.Users.Where(u => usernames.Contains(u.UserName!))
            .Where(u => !db.UserTwoFactors.Any(t => t.UserId == u.Id))
            .Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        foreach (var user in users)
            db.UserTwoFactors.Add(new UserTwoFactor
            {
                UserId = user.Id,
                ProtectedSecret = protector.Protect(Base32Encoding.ToBytes(Keys[user.UserName!])),
                CreatedAt = now,
                ConfirmedAt = now,
            });
        await db.SaveChangesAsync(ct);
    }
}
