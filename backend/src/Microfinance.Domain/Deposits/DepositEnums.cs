namespace Microfinance.Domain.Deposits;

public enum DepositProductKind
{
    Savings,
    Current,
}

public enum DepositAccountStatus
{
    Requested,
    Approved,
    Active,
    Closed,
    /// <summary>The opening was refused by a supervisor, with a reason; final.</summary>
    Rejected,
}

/// <summary>How money came in or went out; each maps to a treasury GL account.</summary>
public enum Channel
{
    Cash,
    MobileMoney,
    BankTransfer,
}

public enum TransactionType
{
    Deposit,
    Withdrawal,
    TransferIn,
    TransferOut,
    Reversal,
    LoanDisbursement,
    /// <summary>A month's savings interest, credited by the monthly job (docs/savings-interest.md).</summary>
    Interest,
}

public enum WithdrawalRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
