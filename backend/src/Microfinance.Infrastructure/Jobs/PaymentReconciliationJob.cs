using MediatR;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Payments;
using Microfinance.Application.Payments.Commands.ReconcilePayment;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Payments;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Asks the providers about payments still pending after <see cref="PaymentOptions.ReconcileAfterMinutes"/> (and expires
/// the ones past <see cref="PaymentOptions.ExpireAfterHours"/>) by sending, for each, the same command as
/// POST /api/v1/payments/{id}/reconcile, as the institution's "system" actor. Each command locks its intent and does
/// nothing to one already settled, so a manual call (or a webhook arriving meanwhile) settles nothing twice.
/// </summary>
public sealed class PaymentReconciliationJob(
    IServiceScopeFactory scopes, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<PaymentReconciliationJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(ct);

    /// <summary>One pass over every institution; returns how many payments were looked at.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddMinutes(-options.Value.ReconcileAfterMinutes);
        List<(Guid Id, Guid InstitutionId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var unrestricted = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
            due = (await db.PaymentIntents.AsNoTracking()
                .Where(p => p.Status == PaymentStatus.Pending && p.CreatedAt <= before)
                .Where(p => db.Institutions.Any(i => i.Id == p.InstitutionId && i.Status == InstitutionStatus.Active))
                .OrderBy(p => p.CreatedAt).Take(500)
                .Select(p => new { p.Id, p.InstitutionId }).ToListAsync(ct))
                .Select(p => (p.Id, p.InstitutionId)).ToList();
        }

        foreach (var (id, institutionId) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IUserImpersonation>().ActAs(InstitutionJob.SystemActor(institutionId));
            try
            {
                var payment = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReconcilePaymentCommand { Id = id }, ct);
                if (payment.Status != PaymentStatus.Pending)
                    logger.LogInformation("Payment {Payment} reconciled: {Status}", id, payment.Status);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // One provider's outage must not stop the others' payments.
                logger.LogWarning(ex, "Payment {Payment} could not be reconciled; it stays pending", id);
            }
        }
        return due.Count;
    }
}
