namespace Microfinance.Application.Common.Interfaces;

public enum RefreshTokenOutcome
{
    /// <summary>Unknown, expired or revoked.</summary>
    Invalid,
    Spent,
    /// <summary>Already spent: a copy is in someone else's hands, and the family is now revoked.</summary>
    ReuseDetected,
}
