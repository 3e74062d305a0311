namespace Microfinance.Application.Sync;

/// <summary>What an operation recorded offline is: each is sent as the single endpoint's command.</summary>
public enum SyncOperationKind
{
    Deposit,
    LoanRepayment,
    TontineContribution,
    NewClient,
}
