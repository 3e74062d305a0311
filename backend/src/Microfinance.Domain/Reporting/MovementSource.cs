namespace Microfinance.Domain.Reporting;

/// <summary>Which record a <see cref="Movement"/> is: its id is that record's.</summary>
public enum MovementSource
{
    /// <summary>A movement of a deposit account (<c>account_transactions</c>): the only ones that take a category, a reversal, a receipt.</summary>
    AccountTransaction,
    /// <summary>A loan repayment (<c>loan_repayments</c>).</summary>
    LoanRepayment,
    /// <summary>An account's opening fee (<c>deposit_accounts</c>); the id is the account's.</summary>
    OpeningFee,
    /// <summary>A loan disbursed in cash (<c>loans</c>); the id is the loan's.</summary>
    CashDisbursement,
}
