using System.Collections.Frozen;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications;

/// <summary>Each kind's text. The arguments each template expects are listed beside it, in order.</summary>
public static class NotificationTemplates
{
    public static readonly FrozenDictionary<NotificationKind, NotificationTemplate> All = new Dictionary<NotificationKind, NotificationTemplate>
    {
        // agent, amount, account number, client
        [NotificationKind.WithdrawalPendingApproval] = new("Withdrawal waiting for approval",
            "{0} asks to withdraw {1} from account {2} of {3}."),
        // agent, account number, product, client
        [NotificationKind.AccountPendingApproval] = new("Account opening waiting for approval",
            "{0} asks to open account {1} ({2}) for {3}."),
        // loan number, new status, amount, client, who
        [NotificationKind.LoanApplicationStep] = new("Loan application {0}: {1}",
            "Loan {0} of {2} for {3}: {1} by {4}."),
        // provider, amount, what it pays
        [NotificationKind.PaymentSucceeded] = new("Payment succeeded", "The {0} payment of {1} ({2}) succeeded."),
        // provider, amount, what it pays
        [NotificationKind.PaymentFailed] = new("Payment failed", "The {0} payment of {1} ({2}) failed."),
        // provider, amount, what it pays (the payment's page says why)
        [NotificationKind.PaymentFlagged] = new("Payment to check", "The {0} payment of {1} ({2}) was set aside for a supervisor to check."),
        // provider, amount, payer's number
        [NotificationKind.PaymentOrphan] = new("Payment with no request",
            "{0} confirmed a payment of {1} from {2} that matches no payment request."),
        // client, tontine, who validated
        [NotificationKind.TontineAdhesionValidated] = new("Tontine adhesion validated",
            "The adhesion of {0} to the tontine {1} was validated by {2}: the adhesion fee is next."),
        // amount, client, tontine, approver
        [NotificationKind.TontineWithdrawalApproved] = new("Tontine withdrawal approved",
            "The withdrawal of {0} by {1} from the tontine {2} was approved by {3}."),
        // client (the SMS: first name), installment number, loan number, amount, due date (dd/MM/yyyy), institution;
        // every SMS stays under 160 characters with long values (NotificationTemplateTests)
        [NotificationKind.InstallmentDueSoon] = new("Installment due soon",
            "{0}: installment {1} of loan {2}, {3}, is due on {4}.",
            "{0}, your {3} installment (loan {2}) is due on {4}. Thank you. {5}"),
        // client (the SMS: first name), installment number, loan number, amount, due date (dd/MM/yyyy), institution
        [NotificationKind.InstallmentOverdue] = new("Installment overdue",
            "{0}: installment {1} of loan {2}, {3}, was due on {4} and is unpaid.",
            "{0}, your {3} installment (loan {2}) due {4} is unpaid. Please pay. {5}"),
        // client (the SMS: first name), tontine, days without a contribution, institution
        [NotificationKind.TontineContributionsMissed] = new("Tontine contributions missed",
            "{0} has not contributed to the tontine {1} for {2} days.",
            "{0}, no contribution from you to {1} for {2} days. {3}"),
        // business date, loans processed, penalties charged, total of penalties
        [NotificationKind.EndOfDayFinished] = new("End of day done",
            "End of day of {0}: {1} loans processed, {2} penalties charged for {3}."),
        // new high-severity findings of a detection
        [NotificationKind.AnomaliesFound] = new("New serious anomalies",
            "The anomaly detection found {0} new high-severity finding(s) to review."),
    }.ToFrozenDictionary();
}
