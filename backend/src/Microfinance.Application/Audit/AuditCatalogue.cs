using System.Collections.Frozen;

namespace Microfinance.Application.Audit;

/// <summary>
/// The words of the audit trail: every action and entity type the code can record, named for a reader who does not
/// read code. Each label is an English template with its French text in fr.json (Localizer); a command, a described
/// action or an audited entity added without a label here fails AuditCatalogueTests. Presentation only: the records
/// keep the codes they were written with.
/// </summary>
public static class AuditCatalogue
{
    /// <summary>An action sent again with the same Idempotency-Key is recorded as its code followed by this.</summary>
    public const string ReplayedSuffix = "Replayed";

    private const string ReplayedTemplate = "{0} (replayed)";

    /// <summary>
    /// Code → label; the sign-in, session and API-client-call records are flagged (hidden from the trail unless asked for:
    /// they are many and say who reached the system, not what changed in it).
    /// </summary>
    private static readonly FrozenDictionary<string, (string Label, bool SignIn)> ActionLabels = new Dictionary<string, (string, bool)>
    {
        ["ActivateAccount"] = ("Account activation", false),
        ["AnnounceEndOfDay"] = ("End of day: announced to the administrators", false),
        ["ApproveAccount"] = ("Account opening approval", false),
        ["ApproveLoanApplication"] = ("Loan application approval", false),
        ["ApproveManualEntry"] = ("Manual entry approval", false),
        ["ApproveTontineWithdrawal"] = ("Tontine withdrawal approval", false),
        ["ApproveWithdrawal"] = ("Withdrawal approval", false),
        ["AutoMatchBankStatementLines"] = ("Bank reconciliation: automatic matching", false),
        ["AssignUser"] = ("User assignment", false),
        ["AuditApiClientCall"] = ("API client call", true),
        ["BootstrapPlatformAdmin"] = ("First platform administrator", false),
        ["CancelLoanApplication"] = ("Loan application cancellation", false),
        ["CategorizeTransaction"] = ("Movement categorised", false),
        ["ClientTokenRefused"] = ("API client token refused", true),
        ["CloseAccount"] = ("Account closure", false),
        ["CloseAccountingPeriod"] = ("Period close", false),
        ["CloseCashDrawer"] = ("Cash drawer closing", false),
        ["CloseClient"] = ("Client closure", false),
        ["CloseTontine"] = ("Tontine closure", false),
        ["ConfirmTwoFactorEnrolment"] = ("Two-factor sign-in turned on", false),
        ["ContributeToTontine"] = ("Tontine contribution", false),
        ["CreateBranch"] = ("Branch creation", false),
        ["CreateCategory"] = ("Category creation", false),
        ["CreateClient"] = ("Client registration", false),
        ["CreateDepositProduct"] = ("Deposit product creation", false),
        ["CreateGlAccount"] = ("GL account creation", false),
        ["CreateInstitution"] = ("Institution creation", false),
        ["CreateLoanApplication"] = ("Loan application entry", false),
        ["CreateLoanProduct"] = ("Loan product creation", false),
        ["CreateManualEntry"] = ("Manual journal entry", false),
        ["CreatePayment"] = ("Mobile-money payment request", false),
        ["CreatePaymentProvider"] = ("Payment provider creation", false),
        ["CreateTontine"] = ("Tontine creation", false),
        ["CreateUser"] = ("User creation", false),
        ["DeactivateBranch"] = ("Branch deactivation", false),
        ["DeactivateUser"] = ("User deactivation", false),
        ["DeleteCategory"] = ("Category deletion", false),
        ["DeleteClient"] = ("Client deletion", false),
        ["DeleteGlAccount"] = ("GL account deletion", false),
        ["DeliverSandboxPayment"] = ("Simulated payment (sandbox)", false),
        ["Deposit"] = ("Deposit", false),
        ["DetectAnomalies"] = ("Anomaly detection", false),
        ["DisburseLoan"] = ("Loan disbursement", false),
        ["EndOfDay"] = ("End of day: late loans and penalties", false),
        ["EndOfDayCurrentLoans"] = ("End of day: loans up to date", false),
        ["EndOfDayLateLoans"] = ("End of day: late loans", false),
        ["ExportAnomalies"] = ("Anomalies export", false),
        ["ExportGeneralLedger"] = ("General ledger export", false),
        ["ExportReport"] = ("Report export", false),
        ["ExportTransactions"] = ("Transaction explorer export", false),
        ["ImportBankStatement"] = ("Bank statement import", false),
        ["IssueClientToken"] = ("API client token issued", true),
        ["Login"] = ("Sign-in", true),
        ["LoginAwaitingCode"] = ("Sign-in: password accepted, code awaited", true),
        ["LoginAwaitingEnrolment"] = ("Sign-in: password accepted, two-factor enrolment required", true),
        ["LoginFailed"] = ("Failed sign-in", true),
        ["LoginLocked"] = ("Sign-in refused: account locked", true),
        ["LoginTwoFactor"] = ("Sign-in with a verification code", true),
        ["LoginTwoFactorFailed"] = ("Wrong verification code at sign-in", true),
        ["LoginTwoFactorLocked"] = ("Sign-in refused: too many wrong verification codes", true),
        ["LoginWithRecoveryCode"] = ("Sign-in with a recovery code", true),
        ["Logout"] = ("Sign-out", true),
        ["MarkAllNotificationsRead"] = ("All notifications marked read", false),
        ["MarkNotificationRead"] = ("Notification marked read", false),
        ["MatchBankStatementLine"] = ("Bank statement line matched", false),
        ["OpenAccount"] = ("Account opening", false),
        ["OpenCashDrawer"] = ("Cash drawer opening", false),
        ["OpenTontine"] = ("Tontine opening", false),
        ["PayTontineAdhesionFee"] = ("Tontine adhesion fee payment", false),
        ["PostSavingsInterest"] = ("Savings interest of a month", false),
        ["PostSavingsInterestBatch"] = ("Savings interest: one batch of accounts", false),
        ["ReactivateClient"] = ("Client reactivation", false),
        ["ReactivateInstitution"] = ("Institution reactivation", false),
        ["ReactivateUser"] = ("User reactivation", false),
        ["ReceiveWebhook"] = ("Payment notification received", false),
        ["RecommendLoanApplication"] = ("Loan application recommendation", false),
        ["ReconcilePayment"] = ("Payment reconciliation", false),
        ["RecordDayTotals"] = ("End of day: day totals for the dashboards", false),
        ["RecordDeviceSync"] = ("Offline phone synced", false),
        ["RecordPortfolioSnapshots"] = ("End of day: portfolio of the day", false),
        ["RefreshRefused"] = ("Session renewal refused", true),
        ["RefreshToken"] = ("Session renewal", true),
        ["RefreshTokenReuseDetected"] = ("Reuse of a session token detected", true),
        ["RegisterApiClient"] = ("API client registration", false),
        ["RejectAccount"] = ("Account opening rejection", false),
        ["RejectLoanApplication"] = ("Loan application rejection", false),
        ["RejectManualEntry"] = ("Manual entry rejection", false),
        ["RejectTontineAdhesion"] = ("Tontine adhesion rejection", false),
        ["RejectTontineWithdrawal"] = ("Tontine withdrawal rejection", false),
        ["RejectWithdrawal"] = ("Withdrawal rejection", false),
        ["RenameGlAccount"] = ("GL account renaming", false),
        ["ReopenAccountingPeriod"] = ("Period reopening", false),
        ["RepayLoan"] = ("Loan repayment", false),
        ["RequestTontineAdhesion"] = ("Tontine adhesion request", false),
        ["RequestTontineWithdrawal"] = ("Tontine withdrawal request", false),
        ["ReportSyncDevice"] = ("Offline phone status report", false),
        ["ResetUserPassword"] = ("Password reset", false),
        ["ResetUserTwoFactor"] = ("Two-factor sign-in reset", false),
        ["ResolveOrphanPayment"] = ("Unmatched payment settled", false),
        ["ResolvePayment"] = ("Payment resolution", false),
        ["RetryOutboxMessage"] = ("Outbox message sent again", false),
        ["ReviewAnomaly"] = ("Anomaly review", false),
        ["ReturnLoanApplication"] = ("Loan application sent back for correction", false),
        ["ReverseLoanRepayment"] = ("Loan repayment reversal", false),
        ["ReverseManualEntry"] = ("Manual entry reversal", false),
        ["ReverseTransaction"] = ("Transaction reversal", false),
        ["ReviewLoanApplication"] = ("Loan application review", false),
        ["RevokeApiClient"] = ("API client revocation", false),
        ["RotateApiClientSecret"] = ("API client secret rotation", false),
        ["SaveBankStatementFormat"] = ("Bank statement format saved", false),
        ["SeedDemoInstitution"] = ("Demo data", false),
        ["SendReminders"] = ("Reminders sent", false),
        ["StartTwoFactorEnrolment"] = ("Two-factor enrolment started", false),
        ["SubmitLoanApplication"] = ("Loan application submission", false),
        ["SuspendClient"] = ("Client suspension", false),
        ["SuspendInstitution"] = ("Institution suspension", false),
        ["Transfer"] = ("Transfer", false),
        ["UpdateAccountingSettings"] = ("Accounting settings update", false),
        ["UpdateAnomalySettings"] = ("Anomaly detection settings update", false),
        ["UnmatchBankStatementLine"] = ("Bank statement line unmatched", false),
        ["UpdateBranch"] = ("Branch update", false),
        ["UpdateCategory"] = ("Category renaming", false),
        ["UpdateClient"] = ("Client update", false),
        ["UpdateClientMessaging"] = ("Client messaging settings change", false),
        ["UpdateDepositProduct"] = ("Deposit product update", false),
        ["UpdateLoanProduct"] = ("Loan product update", false),
        ["UpdateNotificationPreferences"] = ("Notification preferences change", false),
        ["UpdateSyncSettings"] = ("Offline sync settings update", false),
        ["UpdateTontine"] = ("Tontine update", false),
        ["UpdateTreasurySettings"] = ("Treasury settings update", false),
        ["UpdateTwoFactorSettings"] = ("Two-factor settings update", false),
        ["UpdateUser"] = ("User update", false),
        ["ValidateTontineAdhesion"] = ("Tontine adhesion validation", false),
        ["ValidateCashDrawer"] = ("Cash drawer validation", false),
        ["Withdraw"] = ("Withdrawal", false),
        ["WriteOffLoan"] = ("Loan write-off", false),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The CLR type name of every audited entity (what the trail records as its entity type) → label.</summary>
    private static readonly FrozenDictionary<string, string> EntityLabels = new Dictionary<string, string>
    {
        ["AccountTransaction"] = "Account movement",
        ["AccountingPeriod"] = "Accounting period",
        ["Anomaly"] = "Anomaly",
        ["AnomalySettings"] = "Anomaly detection settings",
        ["ApiClient"] = "API client",
        ["BankStatement"] = "Bank statement",
        ["BankStatementFormat"] = "Bank statement format",
        ["BankStatementLine"] = "Bank statement line",
        ["Branch"] = "Branch",
        ["CashDrawerSession"] = "Cash drawer session",
        ["Client"] = "Client",
        ["DepositAccount"] = "Deposit account",
        ["DepositProduct"] = "Deposit product",
        ["GlAccount"] = "GL account",
        ["IdentityUserClaim`1"] = "User claim",
        ["IdentityUserLogin`1"] = "External sign-in of a user",
        ["IdentityUserToken`1"] = "User token",
        ["Institution"] = "Institution",
        ["JournalEntry"] = "Journal entry",
        ["JournalLine"] = "Journal entry line",
        ["LedgerDayTotal"] = "Ledger totals of a day",
        ["LedgerMapping"] = "Ledger mapping",
        ["Loan"] = "Loan",
        ["LoanInstallment"] = "Loan installment",
        ["LoanPenaltyCharge"] = "Late-payment penalty",
        ["LoanProduct"] = "Loan product",
        ["LoanRepayment"] = "Repayment",
        ["ManualEntry"] = "Manual journal entry",
        ["MovementDayTotal"] = "Movement totals of a day",
        ["Notification"] = "Notification",
        ["OrphanPayment"] = "Unmatched payment",
        ["OutboxMessage"] = "E-mail or SMS to send",
        ["PaymentEvent"] = "Payment event",
        ["PaymentIntent"] = "Mobile-money payment",
        ["PaymentProvider"] = "Payment provider",
        ["PortfolioSnapshot"] = "Portfolio of a day",
        ["ReportRun"] = "Generated report",
        ["SavingsInterestPosting"] = "Monthly savings interest of an account",
        ["SentReminder"] = "Reminder sent",
        ["SyncDevice"] = "Offline phone",
        ["Tontine"] = "Tontine",
        ["TontineAdhesion"] = "Tontine adhesion",
        ["TontineContribution"] = "Tontine contribution",
        ["TontineParticipant"] = "Tontine participant",
        ["TontineWithdrawal"] = "Tontine withdrawal",
        ["TransactionCategory"] = "Movement category",
        ["User"] = "User",
        ["WithdrawalRequest"] = "Withdrawal request",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> ActionCodes => ActionLabels.Keys;

    public static IEnumerable<string> EntityTypes => EntityLabels.Keys;

    /// <summary>Every English label, for the test that each has its French text.</summary>
    public static IEnumerable<string> Templates =>
        ActionLabels.Values.Select(a => a.Label).Concat(EntityLabels.Values).Append(ReplayedTemplate);

    /// <summary>The codes of sign-in and session records, replays included (the filter that hides them).</summary>
    public static IReadOnlyList<string> SignInActions { get; } = ActionLabels.Where(a => a.Value.SignIn)
        .SelectMany(a => new[] { a.Key, a.Key + ReplayedSuffix }).Order(StringComparer.Ordinal).ToList();

    public static bool IsKnownAction(string code) => ActionLabels.ContainsKey(BaseAction(code));

    public static bool IsKnownEntityType(string type) => EntityLabels.ContainsKey(type);

    public static bool IsSignIn(string code) => ActionLabels.TryGetValue(BaseAction(code), out var action) && action.SignIn;

    /// <summary>The action in the reader's language; a code the catalogue does not know (an old record) as written.</summary>
    public static string ActionLabel(string code)
    {
        var known = BaseAction(code);
        if (!ActionLabels.TryGetValue(known, out var action)) return code;
        var label = Localizer.Format(action.Label, []);
        return known == code ? label : Localizer.Format(ReplayedTemplate, [label]);
    }

    public static string? EntityTypeLabel(string? type) =>
        type is null ? null : EntityLabels.TryGetValue(type, out var label) ? Localizer.Format(label, []) : type;

    private static string BaseAction(string code) =>
        !ActionLabels.ContainsKey(code) && code.EndsWith(ReplayedSuffix, StringComparison.Ordinal) ? code[..^ReplayedSuffix.Length] : code;
}
