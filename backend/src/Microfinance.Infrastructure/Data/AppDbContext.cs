using System.Linq.Expressions;
using System.Reflection;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Audit;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Notifications;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Tontines;
using Microfinance.Domain.Treasury;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Identity;
using Microfinance.Infrastructure.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// The one place where tenant isolation is enforced: every entity with an <c>InstitutionId</c> gets a query filter
/// to the institution in scope, and every save refuses a row of another institution.
/// Instances are pooled (<see cref="RentedDbContext"/>, ADR 0012): a context is bound to the request that rented it
/// (<see cref="Bind"/>) before any use.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityUserContext<User, Guid>(options), IApplicationDbContext
{
    public const string TenantColumn = "InstitutionId";

    private ITenantContext _tenant = null!;
    private AuditChangeCollector _auditChanges = null!;
    private IdDocumentProtector _idDocuments = null!;
    private ReferenceDataCache _referenceData = null!;
    private bool _rented;

    /// <summary>Ties the context to the request (scope) using it, and forgets what it noted for the previous one.</summary>
    public AppDbContext Bind(ITenantContext tenant, AuditChangeCollector auditChanges, IdDocumentProtector idDocuments,
        ReferenceDataCache referenceData, bool rented = false)
    {
        _tenant = tenant;
        _auditChanges = auditChanges;
        _idDocuments = idDocuments;
        _referenceData = referenceData;
        _referenceDataChanged.Clear();
        _rented = rented;
        return this;
    }

    // While rented, only RentedDbContext gives the context back. The request's scope also disposes it once for every
    // service type it was resolved as (AppDbContext, IApplicationDbContext); each of those disposals would return it to
    // the pool, and one landing after another request had rented it would hand a context to two requests at once.
    public override void Dispose()
    {
        if (!_rented) base.Dispose();
    }

    public override ValueTask DisposeAsync() => _rented ? ValueTask.CompletedTask : base.DisposeAsync();

    /// <summary>Back to the pool (its state reset by EF), once per rental.</summary>
    internal ValueTask ReturnAsync()
    {
        _rented = false;
        return base.DisposeAsync();
    }

    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Branch> Branches => Set<Branch>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<GlAccount> GlAccounts => Set<GlAccount>();
    public DbSet<LedgerMapping> LedgerMappings => Set<LedgerMapping>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<JournalLine> JournalLines => Set<JournalLine>();
    public DbSet<ManualEntry> ManualEntries => Set<ManualEntry>();
    public DbSet<AccountingPeriod> AccountingPeriods => Set<AccountingPeriod>();
    public DbSet<BankStatementFormat> BankStatementFormats => Set<BankStatementFormat>();
    public DbSet<BankStatement> BankStatements => Set<BankStatement>();
    public DbSet<BankStatementLine> BankStatementLines => Set<BankStatementLine>();
    public DbSet<DepositProduct> DepositProducts => Set<DepositProduct>();
    public DbSet<DepositAccount> DepositAccounts => Set<DepositAccount>();
    public DbSet<AccountTransaction> AccountTransactions => Set<AccountTransaction>();
    public DbSet<WithdrawalRequest> WithdrawalRequests => Set<WithdrawalRequest>();
    public DbSet<TransactionCategory> TransactionCategories => Set<TransactionCategory>();
    public DbSet<SavingsInterestPosting> SavingsInterestPostings => Set<SavingsInterestPosting>();
    public DbSet<LoanProduct> LoanProducts => Set<LoanProduct>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<LoanInstallment> LoanInstallments => Set<LoanInstallment>();
    public DbSet<LoanRepayment> LoanRepayments => Set<LoanRepayment>();
    public DbSet<LoanPenaltyCharge> LoanPenaltyCharges => Set<LoanPenaltyCharge>();
    public DbSet<PaymentProvider> PaymentProviders => Set<PaymentProvider>();
    public DbSet<PaymentIntent> PaymentIntents => Set<PaymentIntent>();
    public DbSet<PaymentEvent> PaymentEvents => Set<PaymentEvent>();
    public DbSet<OrphanPayment> OrphanPayments => Set<OrphanPayment>();
    public DbSet<Tontine> Tontines => Set<Tontine>();
    public DbSet<TontineAdhesion> TontineAdhesions => Set<TontineAdhesion>();
    public DbSet<TontineParticipant> TontineParticipants => Set<TontineParticipant>();
    public DbSet<TontineContribution> TontineContributions => Set<TontineContribution>();
    public DbSet<TontineWithdrawal> TontineWithdrawals => Set<TontineWithdrawal>();
    public DbSet<CashDrawerSession> CashDrawerSessions => Set<CashDrawerSession>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Domain.Anomalies.Anomaly> Anomalies => Set<Domain.Anomalies.Anomaly>();
    public DbSet<Domain.Anomalies.AnomalySettings> AnomalySettings => Set<Domain.Anomalies.AnomalySettings>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Domain.Reporting.ReportRun> ReportRuns => Set<Domain.Reporting.ReportRun>();
    public DbSet<Domain.Reporting.PortfolioSnapshot> PortfolioSnapshots => Set<Domain.Reporting.PortfolioSnapshot>();
    public DbSet<Domain.Reporting.MovementDayTotal> MovementDayTotals => Set<Domain.Reporting.MovementDayTotal>();
    public DbSet<Domain.Reporting.LedgerDayTotal> LedgerDayTotals => Set<Domain.Reporting.LedgerDayTotal>();
    public DbSet<Domain.Reporting.Movement> Movements => Set<Domain.Reporting.Movement>();
    public DbSet<Domain.Sync.SyncDevice> SyncDevices => Set<Domain.Sync.SyncDevice>();
    public DbSet<Infrastructure.Reporting.ReportFile> ReportFiles => Set<Infrastructure.Reporting.ReportFile>();
    public DbSet<Payments.SandboxDelivery> SandboxDeliveries => Set<Payments.SandboxDelivery>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<RevokedAccessToken> RevokedAccessTokens => Set<RevokedAccessToken>();
    public DbSet<UserTwoFactor> UserTwoFactors => Set<UserTwoFactor>();

    // Read by the query filters at execution time (EF parameterises members of the context).
    private Guid? CurrentInstitutionId => _tenant.InstitutionId;
    private bool IsUnrestricted => _tenant.IsUnrestricted;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
        // ID document numbers are encrypted at rest, transparently for the code above. The model outlives this instance:
        // the converter holds the (process-wide) protector itself, not this context.
        var protector = _idDocuments ?? throw new InvalidOperationException("Bind the context before its model is built.");
        builder.Entity<Client>().Property(c => c.IdDocumentNumber).HasConversion(v => protector.Encrypt(v!), v => protector.Decrypt(v));

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.FindProperty(TenantColumn) is not null))
            entityType.SetQueryFilter(TenantFilter(entityType.ClrType));

        SnakeCaseNames.Apply(builder);
    }

    /// <summary>e => IsUnrestricted || (Guid?)e.InstitutionId == CurrentInstitutionId</summary>
    private LambdaExpression TenantFilter(Type clrType)
    {
        const BindingFlags member = BindingFlags.Instance | BindingFlags.NonPublic;
        var entity = Expression.Parameter(clrType, "e");
        var context = Expression.Constant(this);
        var column = Expression.Convert(Expression.Property(entity, TenantColumn), typeof(Guid?));
        var inScope = Expression.Property(context, GetType().GetProperty(nameof(CurrentInstitutionId), member)!);
        var unrestricted = Expression.Property(context, GetType().GetProperty(nameof(IsUnrestricted), member)!);
        return Expression.Lambda(Expression.OrElse(unrestricted, Expression.Equal(column, inScope)), entity);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        return BeforeSave() ? base.SaveChanges(acceptAllChangesOnSuccess) : 0;
    }

    /// <summary>What EF tracks, if anything. A command's saves go through the unit of work, which writes its ledger rows first.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        return BeforeSave() ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) : 0;
    }

    /// <summary>
    /// Compares every tracked entity with its snapshot once for the whole save: left on, EF would do it again for
    /// Entries() and again inside SaveChanges (three scans of the same entities).
    /// </summary>
    private AutoDetectChangesPause DetectChangesOnce()
    {
        ChangeTracker.DetectChanges();
        return new AutoDetectChangesPause(ChangeTracker);
    }

    private readonly struct AutoDetectChangesPause : IDisposable
    {
        private readonly ChangeTracker _tracker;
        private readonly bool _was;

        public AutoDetectChangesPause(ChangeTracker tracker)
        {
            _tracker = tracker;
            _was = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _was;
    }

    /// <summary>Checks and describes what EF is about to save; false when nothing changed.</summary>
    private bool BeforeSave()
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0) return false;
        foreach (var entry in changed)
            GuardTenant(entry);
        _auditChanges.Capture(changed);
        _referenceDataChanged.UnionWith(changed.Select(ReferenceDataInstitution).OfType<Guid>());
        ForgetChangedReferenceData();
        return true;
    }

    private readonly HashSet<Guid> _referenceDataChanged = [];

    /// <summary>
    /// Drops the cached reference data this context changed: at save time, and once more after commit (UnitOfWork) so
    /// that a request reading between the two does not keep the old value for the cache's lifetime.
    /// </summary>
    public void ForgetChangedReferenceData()
    {
        foreach (var institution in _referenceDataChanged)
            _referenceData.Forget(institution);
    }

    private static Guid? ReferenceDataInstitution(EntityEntry entry) => entry.Entity switch
    {
        Institution i => i.Id,
        GlAccount a => a.InstitutionId,
        LedgerMapping m => m.InstitutionId,
        DepositProduct p => p.InstitutionId,
        LoanProduct p => p.InstitutionId,
        PaymentProvider => ReferenceDataCache.Platform,
        // Who is notified and how (NotificationRecipient, IdentityService).
        User u => u.InstitutionId,
        _ => null,
    };

    private void GuardTenant(EntityEntry entry)
    {
        if (_tenant.IsUnrestricted || entry.Metadata.FindProperty(TenantColumn) is null) return;
        var column = entry.Property(TenantColumn);
        var current = (Guid?)column.CurrentValue;
        var original = entry.State == EntityState.Added ? current : (Guid?)column.OriginalValue;
        if (current != _tenant.InstitutionId || original != _tenant.InstitutionId)
            throw new InvalidOperationException(
                $"Refused to write {entry.Metadata.ClrType.Name} of another institution than the one in scope.");
    }
}
