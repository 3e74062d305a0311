using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Common.Money;
using Microfinance.Application.IdentityAccess;
using Microfinance.Application.IdentityAccess.Queries.ListUsers;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Identity;

public sealed class IdentityService(
    AppDbContext db, UserManager<User> users, ITenantContext tenant, TimeProvider clock, UnknownUsernameLockouts unknownUsernames,
    ReferenceDataCache referenceData) : IIdentityService
{
    // Verified when the username is unknown, so that a refusal takes as long whether the user exists or not.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString()));

    public async Task<CredentialCheck> CheckCredentialsAsync(string username, string password, CancellationToken cancellationToken)
    {
        // Sign-ins of one username take turns, on whichever instance (the row stays locked until the sign-in's transaction
        // ends): each sees the failures counted before it, so a burst of wrong passwords gets five checked, not fifty.
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM users WHERE normalized_user_name = {users.NormalizeName(username)} FOR UPDATE", cancellationToken);
        var user = await users.FindByNameAsync(username);
        if (user is null)
        {
            if (unknownUsernames.LockedUntil(username) is { } phantomLock) return new CredentialCheck(null, null, phantomLock);
            users.PasswordHasher.VerifyHashedPassword(new User(), DecoyHash.Value, password);
            unknownUsernames.Failed(username);
            return new CredentialCheck(null);
        }
        var refused = new CredentialCheck(null, user.InstitutionId);
        if (await users.IsLockedOutAsync(user))
            return refused with { LockedUntil = user.LockoutEnd };
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return refused;
        }
        if (!await MayHoldTokensAsync(user, cancellationToken))
            return refused;

        await users.ResetAccessFailedCountAsync(user);
        user.LastLoginAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        return new CredentialCheck(ToIdentity(user));
    }

    public async Task<UserIdentity?> FindUserAsync(Guid userId, bool onlyIfActive, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is not null && (!onlyIfActive || await MayHoldTokensAsync(user, cancellationToken)) ? ToIdentity(user) : null;
    }

    public async Task<CurrentUserDto?> GetCurrentUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var row = await (
            from u in db.Users.AsNoTracking()
            join i in db.Institutions on u.InstitutionId equals i.Id into institution
            from i in institution.DefaultIfEmpty()
            join b in db.Branches on u.BranchId equals b.Id into branch
            from b in branch.DefaultIfEmpty()
            where u.Id == userId
            select new
            {
                u.Id, u.UserName, u.DisplayName, u.Role, u.InstitutionId, InstitutionName = i.Name, Currency = i.CurrencyCode, u.BranchId, BranchName = b.Name,
                TwoFactorEnabled = db.UserTwoFactors.Any(t => t.UserId == u.Id && t.ConfirmedAt != null),
                TwoFactorRequired = Roles.AlwaysTwoFactor.Contains(u.Role) || (i != null && i.TwoFactorRoles.Contains(u.Role)),
            }
        ).FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new CurrentUserDto(row.Id, row.UserName!, row.DisplayName, [row.Role], row.InstitutionId, row.InstitutionName, row.Currency, row.BranchId, row.BranchName,
                row.TwoFactorEnabled, row.TwoFactorRequired);
    }

    public Task<PagedList<UserDto>> ListUsersAsync(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var filtered = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLower();
            filtered = filtered.Where(u => u.UserName!.ToLower().Contains(search) || u.DisplayName.ToLower().Contains(search)
                                           || (u.Email != null && u.Email.ToLower().Contains(search)));
        }
        if (query.Role is not null) filtered = filtered.Where(u => u.Role == query.Role);
        if (query.BranchId is { } branchId) filtered = filtered.Where(u => u.BranchId == branchId);
        if (query.IsActive is { } active) filtered = filtered.Where(u => u.IsActive == active);
        return PagedList<UserDto>.CreateAsync(Project(filtered).OrderBy(u => u.Username), query.Page, query.PageSize, cancellationToken);
    }

    public Task<UserDto?> GetUserAsync(Guid id, CancellationToken cancellationToken) =>
        Project(db.Users.AsNoTracking().Where(u => u.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Staff by their display name; an API client that acted (its id stands where a user's would) as « Client API : name ».</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> GetDisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        if (names.Count == ids.Count) return names;
        var others = ids.Where(id => !names.ContainsKey(id)).ToList();
        foreach (var client in await db.ApiClients.AsNoTracking().Where(c => others.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            names[client.Id] = ApiClientActor.DisplayName(client.Name);
        return names;
    }

    public async Task<UserDto> CreateUserAsync(NewUser request, string passwordField, CancellationToken cancellationToken)
    {
        var institutionId = tenant.InstitutionId;
        if ((request.Role == Roles.PlatformAdmin) != (institutionId is null))
            throw new InvalidOperationException("Platform admins are created outside any institution, everybody else inside one.");
        await EnsureBranchAsync(request.BranchId, cancellationToken);

        // Usernames are unique across institutions: sign-in is by username alone.
        var normalized = users.NormalizeName(request.Username);
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
            throw new ConflictException("username_taken", "The username '{0}' is already taken.", request.Username);

        var user = new User
        {
            UserName = request.Username,
            DisplayName = request.DisplayName.Trim(),
            Email = request.Email,
            PhoneNumber = request.PhoneNumber,
            Role = request.Role,
            InstitutionId = institutionId,
            BranchId = request.BranchId,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        ThrowIfFailed(await users.CreateAsync(user, request.Password), passwordField);
        return (await GetUserAsync(user.Id, cancellationToken))!;
    }

    public async Task<UserDto> UpdateProfileAsync(Guid id, string displayName, string? email, string? phoneNumber, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        user.DisplayName = displayName.Trim();
        user.Email = email;
        user.PhoneNumber = phoneNumber;
        return await SaveAsync(user, cancellationToken);
    }

    public async Task<UserDto> AssignAsync(Guid id, string role, Guid? branchId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        await EnsureBranchAsync(branchId, cancellationToken);
        user.Role = role;
        user.BranchId = branchId;
        return await SaveAsync(user, cancellationToken);
    }

    public async Task<UserDto> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        user.IsActive = active;
        return await SaveAsync(user, cancellationToken);
    }

    public Task<IReadOnlyList<NotificationRecipient>> FindRecipientsAsync(IReadOnlyCollection<Guid>? userIds, string? role, Guid? branchId,
        CancellationToken cancellationToken) =>
        // One user (who started a payment, wrote a loan): the money path's common case, kept like reference data. A user's
        // change (preferences, deactivation) forgets it at once here, within the cache's lifetime on other instances.
        userIds is { Count: 1 } && role is null
            ? referenceData.GetAsync(tenant.RequiredInstitutionId, userIds.First(), ct => ReadRecipientsAsync(userIds, null, null, ct), cancellationToken)
            : ReadRecipientsAsync(userIds, role, branchId, cancellationToken);

    private async Task<IReadOnlyList<NotificationRecipient>> ReadRecipientsAsync(IReadOnlyCollection<Guid>? userIds, string? role, Guid? branchId,
        CancellationToken cancellationToken)
    {
        var staff = db.Users.AsNoTracking().Where(u => u.IsActive && u.InstitutionId == tenant.RequiredInstitutionId);
        if (userIds is not null) staff = staff.Where(u => userIds.Contains(u.Id));
        if (role is not null) staff = staff.Where(u => u.Role == role);
        if (branchId is not null) staff = staff.Where(u => u.BranchId == branchId || u.BranchId == null);
        var found = await staff.Select(u => new { u.Id, u.Language, u.Email, u.EmailNotificationKinds }).ToListAsync(cancellationToken);
        return found.Select(u => new NotificationRecipient(u.Id, u.Language, u.Email, ParseKinds(u.EmailNotificationKinds).ToHashSet())).ToList();
    }

    public async Task<NotificationPreferencesDto> GetNotificationPreferencesAsync(Guid userId, CancellationToken cancellationToken) =>
        Preferences(await FindAsync(userId, cancellationToken));

    public async Task<NotificationPreferencesDto> UpdateNotificationPreferencesAsync(Guid userId, string language,
        IReadOnlyCollection<NotificationKind> emailKinds, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId, cancellationToken);
        user.Language = language;
        user.EmailNotificationKinds = emailKinds.Distinct().Order().Select(k => k.ToString()).ToList();
        ThrowIfFailed(await users.UpdateAsync(user), "user");
        return Preferences(user);
    }

    private static NotificationPreferencesDto Preferences(User user) =>
        new(user.Language, user.Email, ParseKinds(user.EmailNotificationKinds).Order().ToList());

    // A kind renamed or removed since a user chose it is simply no longer sent.
    private static IEnumerable<NotificationKind> ParseKinds(IEnumerable<string> names) =>
        names.Select(n => Enum.TryParse<NotificationKind>(n, out var kind) ? kind : (NotificationKind?)null).OfType<NotificationKind>();

    public async Task ResetPasswordAsync(Guid id, string newPassword, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        foreach (var validator in users.PasswordValidators)
            ThrowIfFailed(await validator.ValidateAsync(users, user, newPassword), "newPassword");
        ThrowIfFailed(await users.RemovePasswordAsync(user), "newPassword");
        ThrowIfFailed(await users.AddPasswordAsync(user, newPassword), "newPassword");
        // A reset also lifts a lockout: that is usually why the administrator was called.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    private async Task<bool> MayHoldTokensAsync(User user, CancellationToken cancellationToken) =>
        user.IsActive && (user.InstitutionId is null || await db.Institutions.AnyAsync(
            i => i.Id == user.InstitutionId && i.Status == InstitutionStatus.Active, cancellationToken));

    private async Task EnsureBranchAsync(Guid? branchId, CancellationToken cancellationToken)
    {
        if (branchId is { } id && !await db.Branches.AnyAsync(b => b.Id == id && b.IsActive, cancellationToken))
            throw new ValidationException("branchId", "No active branch with this id in your institution.");
    }

    private async Task<User> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("User", id);

    private async Task<UserDto> SaveAsync(User user, CancellationToken cancellationToken)
    {
        ThrowIfFailed(await users.UpdateAsync(user), "user");
        return (await GetUserAsync(user.Id, cancellationToken))!;
    }

    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new ConflictException("username_taken", "This username is already taken.");
        throw new ValidationException(result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(field, e.Description)));
    }

    private static UserIdentity ToIdentity(User u) => new(u.Id, u.UserName!, u.DisplayName, u.Role, u.InstitutionId, u.BranchId);

    private IQueryable<UserDto> Project(IQueryable<User> source) =>
        from u in source
        join b in db.Branches on u.BranchId equals b.Id into branch
        from b in branch.DefaultIfEmpty()
        select new UserDto
        {
            Id = u.Id,
            Username = u.UserName!,
            DisplayName = u.DisplayName,
            Email = u.Email,
            PhoneNumber = u.PhoneNumber,
            Role = u.Role,
            BranchId = u.BranchId,
            BranchName = b.Name,
            IsActive = u.IsActive,
            LockoutEnd = u.LockoutEnd,
            LastLoginAt = u.LastLoginAt,
            CreatedAt = u.CreatedAt,
            TwoFactorEnabled = db.UserTwoFactors.Any(t => t.UserId == u.Id && t.ConfirmedAt != null),
        };
}
