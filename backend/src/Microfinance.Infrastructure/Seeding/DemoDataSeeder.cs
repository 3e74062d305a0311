using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Ledger;
using Microfinance.Application.Users;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// The demo institution "SFD Démo", its two branches and one user per role (password <see cref="DemoPassword"/>).
/// Runs once (skips when the institution exists) and never in Production.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db, IIdentityService identity, ITenantContext tenant, IUnitOfWork unitOfWork, ChartOfAccountsSetup chart,
    IHostEnvironment environment, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string DemoPassword = "Demo#2026";
    public const string InstitutionCode = "DEMO";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction())
            throw new InvalidOperationException("Demo data is never seeded in Production (unset Seed__DemoData).");

        using var unrestricted = tenant.EnterUnrestrictedScope();
        if (await db.Institutions.AnyAsync(i => i.Code == InstitutionCode, cancellationToken))
        {
            logger.LogInformation("Demo data already present");
            return;
        }

        await unitOfWork.ExecuteInTransactionAsync(async () =>
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
                await CreateAsync("sfd.admin", "Mariam Traoré", Roles.SfdAdmin, null);
                await CreateAsync("supervisor", "Koffi Mensah", Roles.Supervisor, centre.Id);
                await CreateAsync("agent", "Awa Diallo", Roles.Agent, centre.Id);
                await CreateAsync("accountant", "Ibrahim Sawadogo", Roles.Accountant, centre.Id);
                await CreateAsync("auditor", "Fatou Ndiaye", Roles.Auditor, null);
            }
            // Back in the platform scope (no institution): the platform administrator.
            if (!await db.Users.AnyAsync(u => u.UserName == "platform.admin", cancellationToken))
                await CreateAsync("platform.admin", "Administrateur Plateforme", Roles.PlatformAdmin, null);
            return true;
        }, cancellationToken);
        logger.LogInformation("Seeded demo institution {Code} with one user per role", InstitutionCode);

        Task CreateAsync(string username, string displayName, string role, Guid? branchId) =>
            identity.CreateUserAsync(
                new NewUser(username, displayName, $"{username}@demo.microfinance.local", null, role, branchId, DemoPassword),
                "password", cancellationToken);
    }
}
