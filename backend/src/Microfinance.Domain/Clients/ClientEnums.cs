namespace Microfinance.Domain.Clients;

public enum ClientStatus
{
    /// <summary>Identity not yet checked: no ID document on file. Accounts cannot be approved.</summary>
    PendingKyc,
    Active,
    Suspended,
    Closed,
}

public enum Gender
{
    Female,
    Male,
}

public enum IdDocumentType
{
    NationalIdCard,
    Passport,
    VoterCard,
    DriverLicense,
    ConsularCard,
    Other,
}
