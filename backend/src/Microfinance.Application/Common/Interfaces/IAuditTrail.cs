namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// What a command tells the audit trail beyond the rows it changed. The unit of work appends the command's changes to the
/// institution's hash-chained trail at commit, inside the command's transaction.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Names the action differently from the command (e.g. a failed login) and attaches details for when no entity changed.</summary>
    void Describe(string action, object? details = null);

    /// <summary>Records the action as done by <paramref name="actor"/>, in their institution's chain (sign-in, before any token exists).</summary>
    void AttributeTo(UserIdentity actor);

    /// <summary>Records in <paramref name="institutionId"/>'s chain without naming an actor (a failed sign-in on one of its accounts).</summary>
    void RecordInChainOf(Guid institutionId);
}
