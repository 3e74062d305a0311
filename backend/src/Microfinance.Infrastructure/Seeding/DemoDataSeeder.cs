using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Deposits.Commands.CreateCategory;
using Microfinance.Application.Deposits.Commands.CreateDepositProduct;
using Microfinance.Application.IdentityAccess;
using Microfinance.Application.Loans.Commands.CreateLoanProduct;
using Microfinance.Application.Payments.Commands.CreatePaymentProvider;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// The demo institution "SFD Démo": two branches, the chart of accounts, one user per role (password
/// <see cref="DemoPassword"/>), two deposit products and <c>Seed:DemoClients</c> clients (200 by default) with a few
/// months of operations, ending with the day's reminders and anomaly detection. Products, clients and operations go through the same use cases
/// as the API, as the demo users.
/// Each step runs once (it skips what exists) and never in Production.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db, IIdentityService identity, ITenantContext tenant, IUnitOfWork unitOfWork, ChartOfAccountsSetup chart,
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<DemoDataSeeder> logger,
    Security.TotpSecretProtector totpSecrets)
{
    public const string DemoPassword = "Demo#2026";
    public const string InstitutionCode = "DEMO";
    public const int DefaultClientCount = 200;
    public const string SandboxProviderCode = "sandbox";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction())
            throw new InvalidOperationException("Demo data is never seeded in Production (unset Seed__DemoData).");

        var institutionId = await SeedInstitutionAsync(cancellationToken);
        var staff = new DemoStaff(scopes, await UserAsync("sfd.admin"), await UserAsync("supervisor"), await UserAsync("agent"), await UserAsync("accountant"));
        var products = await SeedProductsAsync(staff, institutionId, cancellationToken);
        await SeedSandboxProviderAsync(staff, institutionId, cancellationToken);
        await SeedCategoriesAsync(staff, institutionId, cancellationToken);
        if (configuration.GetValue("Seed:DemoTwoFactor", true))
            await DemoTwoFactor.SeedAsync(db, tenant, totpSecrets, clock.GetUtcNow(), cancellationToken);
        var clientCount = configuration.GetValue("Seed:DemoClients", DefaultClientCount);
        if (clientCount > 0 && !await AnyClientAsync(institutionId, cancellationToken))
        {
            var branches = await BranchesAsync(institutionId, cancellationToken);
            var today = await TodayAsync(institutionId, cancellationToken);
            var anomalies = new DemoAnomalies(staff, scopes, products, branches, today, logger);
            await new DemoOperations(staff, products, branches, today, anomalies, logger).RunAsync(clientCount, cancellationToken);
            await anomalies.DateAsync(institutionId, cancellationToken);
            // The demo's months of history were read long ago: only what happens from now on (the day's reminders first) is news.
            await db.Database.ExecuteSqlAsync($"UPDATE notifications SET read_at = created_at WHERE institution_id = {institutionId} AND read_at IS NULL",
                cancellationToken);
            await new DemoReminders(scopes, logger).RunAsync(institutionId, today, cancellationToken);
            await anomalies.DetectAsync(institutionId, cancellationToken);
        }
    }

    private async Task<Guid> SeedInstitutionAsync(CancellationToken cancellationToken)
    {
        using var unrestricted = tenant.EnterUnrestrictedScope();
        var existing = await db.Institutions.Where(i => i.Code == InstitutionCode).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id) return id;

        return await unitOfWork.ExecuteAsync("SeedDemoInstitution", async () =>
        {
            var now = clock.GetUtcNow();
            var institution = new Institution("SFD Démo", InstitutionCode, Institution.DefaultCurrency, "Africa/Porto-Novo", now);
            db.Institutions.Add(institution);
            var centre = new Branch(institution.Id, "COT", "Agence Cotonou Centre", "Avenue Steinmetz, Cotonou", now);
            var market = new Branch(institution.Id, "DTK", "Agence Dantokpa", "Marché Dantokpa, Cotonou", now);
            db.Branches.AddRange(centre, market);
            chart.Seed(institution.Id);
            await db.SaveChangesAsync(cancellationToken);

            using (tenant.EnterInstitutionScope(institution.Id))
            {
                await CreateUserAsync("sfd.admin", "Mariam Traoré", Roles.SfdAdmin, null);
                await CreateUserAsync("supervisor", "Koffi Mensah", Roles.Supervisor, centre.Id);
                await CreateUserAsync("agent", "Awa Diallo", Roles.Agent, centre.Id);
                await CreateUserAsync("accountant", "Ibrahim Sawadogo", Roles.Accountant, centre.Id);
                await CreateUserAsync("auditor", "Fatou Ndiaye", Roles.Auditor, null);
            }
            // Back in the platform scope (no institution): the platform administrator.
            if (!await db.Users.AnyAsync(u => u.UserName == "platform.admin", cancellationToken))
                await CreateUserAsync("platform.admin", "Administrateur Plateforme", Roles.PlatformAdmin, null);
            logger.LogInformation("Seeded demo institution {Code} with one user per role", InstitutionCode);
            return institution.Id;
        }, cancellationToken);

        Task CreateUserAsync(string username, string displayName, string role, Guid? branchId) =>
            identity.CreateUserAsync(
                new NewUser(username, displayName, $"{username}@demo.microfinance.local", null, role, branchId, DemoPassword),
                "password", cancellationToken);
    }

    /// <summary>Each demo product is created once, through the same use case as the API, as the SFD administrator.</summary>
    private async Task<DemoProducts> SeedProductsAsync(DemoStaff staff, Guid institutionId, CancellationToken ct)
    {
        Dictionary<string, Guid> deposits, loans;
        using (tenant.EnterInstitutionScope(institutionId))
        {
            deposits = await db.DepositProducts.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, ct);
            loans = await db.LoanProducts.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        }
        async Task<Guid> EnsureAsync(Dictionary<string, Guid> existing, string code, Func<Task<Guid>> create) =>
            existing.TryGetValue(code, out var id) ? id : await create();

        var savings = await EnsureAsync(deposits, "EPARGNE", async () => (await staff.AsAdmin(m => m.Send(new CreateDepositProductCommand(
            "EPARGNE", "Épargne Classique", DepositProductKind.Savings, 3.5m, MinimumBalance: 5_000, OpeningFee: 2_000,
            WithdrawalApprovalThreshold: 500_000, AllowsSingleStepOpening: false), ct))).Id);
        var current = await EnsureAsync(deposits, "COURANT", async () => (await staff.AsAdmin(m => m.Send(new CreateDepositProductCommand(
            "COURANT", "Compte Courant", DepositProductKind.Current, 0, MinimumBalance: 0, OpeningFee: 0,
            WithdrawalApprovalThreshold: 1_000_000, AllowsSingleStepOpening: true), ct))).Id);
        // Demo accounts cannot be backdated, so the demo product waives the usual 90 days of savings seniority; its
        // maximum rate and fee keep even a 3-month loan under the 24 % usury cap.
        var commerce = await EnsureAsync(loans, "COMMERCE", async () => (await staff.AsAdmin(m => m.Send(new CreateLoanProductCommand(
            "COMMERCE", "Crédit Commerce", MinAmount: 25_000, MaxAmount: 2_000_000, MinInstallments: 3, MaxInstallments: 24,
            RepaymentFrequency.Monthly, InterestMethod.DecliningBalance, Amortization.EqualInstallments, MinRatePercent: 12, MaxRatePercent: 18,
            MaxGracePeriods: 2, ProcessingFeePercent: 0.5m, PenaltyKind.DailyRateOnOverdue, PenaltyValue: 0.1m, GuaranteeRequiredAbove: 1_000_000,
            MinSavingsAgeDays: 0, MaxAmountToSavingsRatio: 0), ct))).Id);
        var simple = await EnsureAsync(loans, "SIMPLE", async () => (await staff.AsAdmin(m => m.Send(new CreateLoanProductCommand(
            "SIMPLE", "Crédit simple (coopérative)", MinAmount: 5_000, MaxAmount: 100_000, MinInstallments: 1, MaxInstallments: 1,
            RepaymentFrequency.Monthly, InterestMethod.Flat, Amortization.EqualPrincipal, MinRatePercent: 0, MaxRatePercent: 0,
            MinSavingsAgeDays: 0, MaxAmountToSavingsRatio: 0), ct))).Id);
        return new DemoProducts(savings, current, commerce, simple);
    }

    /// <summary>The built-in mobile-money provider, so that payments work from <c>make run</c> with no internet (docs/payments.md).</summary>
    private async Task SeedSandboxProviderAsync(DemoStaff staff, Guid institutionId, CancellationToken ct)
    {
        using (tenant.EnterInstitutionScope(institutionId))
            if (await db.PaymentProviders.AnyAsync(p => p.Code == SandboxProviderCode, ct)) return;
        await staff.AsAdmin(m => m.Send(new CreatePaymentProviderCommand(SandboxProviderCode, PaymentProviderKind.Sandbox, "Sandbox mobile money"), ct));
    }

    /// <summary>A few categories of movements (docs/reporting.md), so that the dialogs and the explorer offer some from <c>make run</c>.</summary>
    private async Task SeedCategoriesAsync(DemoStaff staff, Guid institutionId, CancellationToken ct)
    {
        using (tenant.EnterInstitutionScope(institutionId))
            if (await db.TransactionCategories.AnyAsync(ct)) return;
        foreach (var name in new[] { "Épargne scolaire", "Frais de santé", "Commerce" })
            await staff.AsAdmin(m => m.Send(new CreateCategoryCommand(name), ct));
    }

    private async Task<bool> AnyClientAsync(Guid institutionId, CancellationToken ct)
    {
        using (tenant.EnterInstitutionScope(institutionId))
            return await db.Clients.AnyAsync(ct);
    }

    private async Task<IReadOnlyList<Guid>> BranchesAsync(Guid institutionId, CancellationToken ct)
    {
        using (tenant.EnterInstitutionScope(institutionId))
            return await db.Branches.OrderBy(b => b.Code).Select(b => b.Id).ToListAsync(ct);
    }

    private async Task<DateOnly> TodayAsync(Guid institutionId, CancellationToken ct)
    {
        using var unrestricted = tenant.EnterUnrestrictedScope();
        return (await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == institutionId, ct)).Today(clock.GetUtcNow());
    }

    private async Task<UserIdentity> UserAsync(string username)
    {
        using var unrestricted = tenant.EnterUnrestrictedScope();
        var id = await db.Users.Where(u => u.UserName == username).Select(u => u.Id).FirstAsync();
        return (await identity.FindUserAsync(id, onlyIfActive: false, CancellationToken.None))!;
    }
}
