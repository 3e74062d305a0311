using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>Payments and orphans as the API shows them; shared by commands and queries.</summary>
public sealed class PaymentReader(IApplicationDbContext db)
{
    /// <summary>Without their history (<see cref="PaymentAsync"/> adds it).</summary>
    public IQueryable<PaymentDto> Payments() =>
        from p in db.PaymentIntents.AsNoTracking()
        join pr in db.PaymentProviders on p.ProviderId equals pr.Id
        join c in db.Clients on p.ClientId equals c.Id
        select new PaymentDto
        {
            Id = p.Id,
            Purpose = p.Purpose,
            TargetId = p.TargetId,
            // A loan's or an account's number; for a tontine's fee or contribution, the tontine's code.
            TargetNumber = (p.Purpose == PaymentPurpose.LoanRepayment
                ? db.Loans.Where(l => l.Id == p.TargetId).Select(l => l.Number).FirstOrDefault()
                : p.Purpose == PaymentPurpose.TontineAdhesionFee
                    ? db.TontineAdhesions.Where(a => a.Id == p.TargetId).Join(db.Tontines, a => a.TontineId, t => t.Id, (a, t) => t.Code).FirstOrDefault()
                    : p.Purpose == PaymentPurpose.TontineContribution
                        ? db.TontineParticipants.Where(x => x.Id == p.TargetId).Join(db.Tontines, x => x.TontineId, t => t.Id, (x, t) => t.Code).FirstOrDefault()
                        : db.DepositAccounts.Where(a => a.Id == p.TargetId).Select(a => a.Number).FirstOrDefault()) ?? "",
            ClientId = p.ClientId,
            ClientName = c.FirstName + " " + c.LastName,
            Amount = p.Amount,
            Currency = p.Currency,
            PayerPhone = p.PayerPhone,
            Provider = pr.Code,
            ProviderReference = p.ProviderReference,
            PayerInstructions = p.PayerInstructions,
            CheckoutUrl = p.CheckoutUrl,
            Status = p.Status,
            ProviderTransactionId = p.ProviderTransactionId,
            ReceivedAmount = p.ReceivedAmount,
            ReceivedCurrency = p.ReceivedCurrency,
            FlagReason = p.FlagReason,
            PostedOperationId = p.PostedOperationId,
            CreatedBy = p.CreatedBy,
            CreatedAt = p.CreatedAt,
            SettledAt = p.SettledAt,
            ResolutionReason = p.ResolutionReason,
        };

    public async Task<PaymentDto> PaymentAsync(Guid id, CancellationToken ct)
    {
        var payment = await Payments().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Payment", id);
        var events = await db.PaymentEvents.AsNoTracking().Where(e => e.PaymentIntentId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        payment.Events = events.Select(e => e.ToDto()).ToList();
        return payment;
    }

    public IQueryable<OrphanPaymentDto> Orphans() =>
        from o in db.OrphanPayments.AsNoTracking()
        join pr in db.PaymentProviders on o.ProviderId equals pr.Id
        select new OrphanPaymentDto
        {
            Id = o.Id,
            Provider = pr.Code,
            ProviderTransactionId = o.ProviderTransactionId,
            Reference = o.Reference,
            Amount = o.Amount,
            Currency = o.Currency,
            PayerPhone = o.PayerPhone,
            Reason = o.Reason,
            ReceivedAt = o.ReceivedAt,
            Status = o.Status,
            Resolution = o.Resolution,
            ResolutionReason = o.ResolutionReason,
            PostedOperationId = o.PostedOperationId,
            ResolvedAt = o.ResolvedAt,
        };

    public async Task<OrphanPaymentDto> OrphanAsync(Guid id, CancellationToken ct) =>
        await Orphans().FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("Orphan payment", id);
}
