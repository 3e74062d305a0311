namespace Microfinance.Application.Common.Behaviours;

/// <summary>The audit trail's name for what a request does: its type name without "Command" (DepositCommand → Deposit).</summary>
public static class AuditActions
{
    public static string Of(Type request) =>
        request.Name.EndsWith("Command", StringComparison.Ordinal) ? request.Name[..^"Command".Length] : request.Name;
}
