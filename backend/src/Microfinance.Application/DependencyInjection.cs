using System.Reflection;
using Microfinance.Application.Accounting;
using Microfinance.Application.Clients;
using Microfinance.Application.Common.Behaviours;
using Microfinance.Application.Common.Idempotency;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Common.Time;
using Microfinance.Application.Deposits;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5 has no DI package (docs/adr/0002): its handlers are found by one assembly scan; FluentValidation's own
    /// extension registers the validators. Mappings are generated at build time (Mapperly), so nothing to register.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.RegisterClosedImplementations(assembly, typeof(IRequestHandler<,>), ServiceLifetime.Transient);
        // Validators hold no request state (MoneyRules gets the institution from the validation context): built once.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        // FluentValidation words its own messages in the request's UI culture; the field names follow (Localizer).
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Localizer.FieldName(member.Name);

        // Outermost first: logging sees everything; the transaction wraps the idempotency key and the handler.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehaviour<,>));

        services.AddSingleton<TimeProvider, StorageClock>();
        services.AddSingleton<ReferenceDataCache>();
        services.AddSingleton<Common.Observability.BusinessMetrics>();
        services.AddScoped<Common.Observability.PostedOperations>();

        // Services the use cases share (one instance per request).
        services.AddScoped<InstitutionProfile>();
        services.AddScoped<IdentityAccess.TwoFactorEnrollee>();
        services.AddSingleton<MoneyRules>();
        services.AddScoped<LedgerPoster>();
        services.AddScoped<ClosedPeriods>();
        services.AddScoped<ManualEntryPostings>();
        services.AddScoped<ManualEntryReader>();
        services.AddScoped<AccountingPeriods>();
        services.AddScoped<AccountingPeriodReader>();
        services.AddScoped<GeneralLedgerReader>();
        services.AddScoped<BankReconciliation>();
        services.AddScoped<ChartOfAccountsSetup>();
        services.AddScoped<ClientDetailsFactory>();
        services.AddScoped<ClientReader>();
        services.AddScoped<DepositReader>();
        services.AddScoped<AccountPostings>();
        services.AddScoped<DepositProductGlAccounts>();
        services.AddScoped<WithdrawalRequestLock>();
        services.AddScoped<ClientChecks>();
        services.AddScoped<TransactionCategories>();
        services.AddScoped<TransactionExplorer>();
        services.AddScoped<IdempotencyKey>();
        services.AddScoped<Loans.LoanEligibility>();
        services.AddScoped<Loans.LoanReader>();
        services.AddScoped<Loans.LoanApplicationNotices>();
        services.AddScoped<Reporting.Documents.DocumentStamps>();
        services.AddScoped<Reporting.Documents.DocumentPrinter>();
        services.AddScoped<Loans.LoanPostings>();
        services.AddScoped<Payments.PaymentGateways>();
        services.AddScoped<Payments.PaymentTargets>();
        services.AddScoped<Payments.PaymentSettlement>();
        services.AddScoped<Payments.PaymentNotices>();
        services.AddScoped<Payments.PaymentReader>();
        services.AddScoped<Payments.PaymentProviderSetup>();
        services.AddScoped<Tontines.TontineReader>();
        services.AddScoped<Tontines.TontinePostings>();
        services.AddScoped<Sync.SyncDevices>();
        services.AddScoped<Treasury.CashDrawers>();
        services.AddScoped<Treasury.CashDrawerReader>();
        services.AddScoped<Treasury.TreasuryPostings>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.PendingPushes>();
        services.AddScoped<Audit.AuditRecordWords>();
        services.AddScoped<Anomalies.AnomalyReader>();
        services.AddScoped<Anomalies.AnomalySettingsReader>();
        services.AddScoped<Anomalies.Assistant.MonthlyFiguresReader>();
        services.AddScoped<Anomalies.Assistant.AssistantWriter>();
        services.AddScoped<Reporting.ReportNames>();
        services.AddScoped<Reporting.ReportCatalogue>();
        services.AddScoped<Reporting.ReportExporter>();
        services.AddScoped<Reporting.ReportFilterLines>();
        // Every report of the catalogue: a new one is a class deriving from Report, found here.
        foreach (var report in assembly.GetTypes().Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(Reporting.Report))))
            services.AddScoped(typeof(Reporting.Report), report);
        services.AddOptions<OperationLimits>();
        return services;
    }

    private static void RegisterClosedImplementations(this IServiceCollection services, Assembly assembly, Type openInterface, ServiceLifetime lifetime)
    {
        var implementations = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false });
        foreach (var type in implementations)
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
                services.Add(new ServiceDescriptor(contract, type, lifetime));
    }
}
