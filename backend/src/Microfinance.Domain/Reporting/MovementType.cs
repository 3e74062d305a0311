namespace Microfinance.Domain.Reporting;

/// <summary>
/// What a movement of the institution is (<see cref="Movement"/>): the account movements' own types
/// (<see cref="Deposits.TransactionType"/>, spelt the same) and the movements that touch no deposit account.
/// </summary>
public enum MovementType
{
    Deposit,
    Withdrawal,
    TransferIn,
    TransferOut,
    Reversal,
    /// <summary>A loan paid out: onto the client's account (an account movement) or in cash at the branch.</summary>
    LoanDisbursement,
    /// <summary>A loan repayment, whatever its channel (cash, mobile money, bank transfer).</summary>
    LoanRepayment,
    /// <summary>An account's opening fee, paid through a channel when the account was activated.</summary>
    OpeningFee,
    /// <summary>A month's savings interest credited to an account.</summary>
    Interest,
}
