namespace Microfinance.Application.Common.Interfaces;

public sealed record RefreshTokenSpend(RefreshTokenOutcome Outcome, Guid UserId = default, Guid FamilyId = default)
{
    public static readonly RefreshTokenSpend Invalid = new(RefreshTokenOutcome.Invalid);
}
