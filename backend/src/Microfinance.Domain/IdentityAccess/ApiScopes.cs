namespace Microfinance.Domain.IdentityAccess;

/// <summary>
/// The scopes an API client can be granted. Each endpoint open to API clients declares the one it needs; every other
/// endpoint refuses client tokens (docs/security.md, API clients).
/// </summary>
public static class ApiScopes
{
    public const string ClientsRead = "clients:read";
    public const string ClientsWrite = "clients:write";
    public const string AccountsRead = "accounts:read";
    public const string DepositsWrite = "deposits:write";
    public const string LoansRead = "loans:read";
    public const string RepaymentsWrite = "repayments:write";
    public const string PaymentsRead = "payments:read";
    public const string PaymentsWrite = "payments:write";
    public const string TontinesRead = "tontines:read";
    public const string TontinesWrite = "tontines:write";
    public const string ReportsRead = "reports:read";

    public static readonly IReadOnlyList<string> All =
    [
        ClientsRead, ClientsWrite, AccountsRead, DepositsWrite, LoansRead, RepaymentsWrite,
        PaymentsRead, PaymentsWrite, TontinesRead, TontinesWrite, ReportsRead,
    ];

    public static bool IsKnown(string? scope) => scope is not null && All.Contains(scope);

    /// <summary>
    /// The role whose rights a client uses on an endpoint of this scope: an agent of its institution with no branch for
    /// the operations, an auditor (read-only) for the reports, which agents do not read.
    /// </summary>
    public static string ActingRole(string scope) => scope == ReportsRead ? Roles.Auditor : Roles.Agent;
}
