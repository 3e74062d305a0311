namespace Microfinance.Domain.IdentityAccess;

/// <summary>The six roles of the product (DOMAIN.md, Roles). A user holds exactly one.</summary>
public static class Roles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string SfdAdmin = nameof(SfdAdmin);
    public const string Supervisor = nameof(Supervisor);
    public const string Agent = nameof(Agent);
    public const string Accountant = nameof(Accountant);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, SfdAdmin, Supervisor, Agent, Accountant, Auditor];

    /// <summary>Roles that live inside an institution (every role but PlatformAdmin).</summary>
    public static readonly IReadOnlyList<string> InstitutionRoles = [SfdAdmin, Supervisor, Agent, Accountant, Auditor];

    /// <summary>Who reads the general ledger: the accounting queries' and the accounting reports' readers (a supervisor does not).</summary>
    public static readonly IReadOnlyList<string> LedgerReaders = [Accountant, SfdAdmin, Auditor];

    /// <summary>Roles that always sign in with a second factor (TOTP); an institution may add others (<see cref="Institution.TwoFactorRoles"/>).</summary>
    public static readonly IReadOnlyList<string> AlwaysTwoFactor = [PlatformAdmin, SfdAdmin, Accountant];

    public static bool IsValid(string? role) => role is not null && All.Contains(role);
}
