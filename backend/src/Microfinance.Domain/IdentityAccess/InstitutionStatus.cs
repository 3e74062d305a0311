namespace Microfinance.Domain.IdentityAccess;

public enum InstitutionStatus
{
    Active,
    Suspended,
}
