using Microfinance.Domain.Accounting;
using Microfinance.Domain.Audit;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Notifications;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Tontines;
using Microfinance.Domain.Treasury;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// The application's view of the database. Every set is already narrowed to the caller's institution. Writes are saved
/// through <see cref="IUnitOfWork"/>, which knows their order.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Institution> Institutions { get; }
    DbSet<Branch> Branches { get; }
    DbSet<ApiClient> ApiClients { get; }
    DbSet<AuditRecord> AuditRecords { get; }
    DbSet<Client> Clients { get; }
    DbSet<GlAccount> GlAccounts { get; }
    DbSet<LedgerMapping> LedgerMappings { get; }
    DbSet<JournalEntry> JournalEntries { get; }
    DbSet<JournalLine> JournalLines { get; }
    DbSet<ManualEntry> ManualEntries { get; }
    DbSet<AccountingPeriod> AccountingPeriods { get; }
    DbSet<BankStatementFormat> BankStatementFormats { get; }
    DbSet<BankStatement> BankStatements { get; }
    DbSet<BankStatementLine> BankStatementLines { get; }
    DbSet<DepositProduct> DepositProducts { get; }
    DbSet<DepositAccount> DepositAccounts { get; }
    DbSet<AccountTransaction> AccountTransactions { get; }
    DbSet<WithdrawalRequest> WithdrawalRequests { get; }
    DbSet<TransactionCategory> TransactionCategories { get; }
    DbSet<SavingsInterestPosting> SavingsInterestPostings { get; }
    DbSet<LoanProduct> LoanProducts { get; }
    DbSet<Loan> Loans { get; }
    DbSet<LoanInstallment> LoanInstallments { get; }
    DbSet<LoanRepayment> LoanRepayments { get; }
    DbSet<LoanPenaltyCharge> LoanPenaltyCharges { get; }
    DbSet<PaymentProvider> PaymentProviders { get; }
    DbSet<PaymentIntent> PaymentIntents { get; }
    DbSet<PaymentEvent> PaymentEvents { get; }
    DbSet<OrphanPayment> OrphanPayments { get; }
    DbSet<Tontine> Tontines { get; }
    DbSet<TontineAdhesion> TontineAdhesions { get; }
    DbSet<TontineParticipant> TontineParticipants { get; }
    DbSet<TontineContribution> TontineContributions { get; }
    DbSet<TontineWithdrawal> TontineWithdrawals { get; }
    DbSet<CashDrawerSession> CashDrawerSessions { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<Domain.Anomalies.Anomaly> Anomalies { get; }
    DbSet<Domain.Anomalies.AnomalySettings> AnomalySettings { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<SentReminder> SentReminders { get; }
    DbSet<ReportRun> ReportRuns { get; }
    DbSet<PortfolioSnapshot> PortfolioSnapshots { get; }
    DbSet<MovementDayTotal> MovementDayTotals { get; }
    /// <summary>Every movement of money, whatever recorded it (a view, read only).</summary>
    DbSet<Movement> Movements { get; }
    DbSet<LedgerDayTotal> LedgerDayTotals { get; }
    DbSet<Domain.Sync.SyncDevice> SyncDevices { get; }
}
