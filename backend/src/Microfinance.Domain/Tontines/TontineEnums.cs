namespace Microfinance.Domain.Tontines;

/// <summary>A tontine is configured as a draft, takes adhesions and contributions while open, and only withdrawals once closed.</summary>
public enum TontineStatus
{
    Draft,
    Open,
    Closed,
}

/// <summary>A client's request to join: recorded, its identity checked (validated or rejected), then its fee paid (active).</summary>
public enum TontineAdhesionStatus
{
    Requested,
    Validated,
    Rejected,
    /// <summary>The fee is paid: the client is a participant.</summary>
    Active,
}

public enum TontineParticipantStatus
{
    Active,
    /// <summary>Its tontine was closed: no more contributions, withdrawals of what is saved still allowed.</summary>
    Closed,
}

public enum TontineWithdrawalStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>What a booklet cell holds: the first cell of every cycle is the institution's commission, the others the participant's saving.</summary>
public enum BookletCellKind
{
    Commission,
    Saving,
}
