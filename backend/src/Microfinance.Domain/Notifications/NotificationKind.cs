namespace Microfinance.Domain.Notifications;

/// <summary>What a notification is about: the feed's filter, the template's name and what a user chooses to receive by e-mail.</summary>
public enum NotificationKind
{
    WithdrawalPendingApproval,
    AccountPendingApproval,
    LoanApplicationStep,
    PaymentSucceeded,
    PaymentFailed,
    PaymentFlagged,
    PaymentOrphan,
    TontineAdhesionValidated,
    TontineWithdrawalApproved,
    InstallmentDueSoon,
    InstallmentOverdue,
    TontineContributionsMissed,
    EndOfDayFinished,
    AnomaliesFound,
}
