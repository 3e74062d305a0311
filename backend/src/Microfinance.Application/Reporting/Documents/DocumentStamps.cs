using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Reporting.Documents;

/// <summary>Stamps a document or an export with the institution, the time and the user's name, now.</summary>
public sealed class DocumentStamps(InstitutionProfile institution, ICurrentUser user, IIdentityService identity, TimeProvider clock)
{
    public async Task<DocumentStamp> NowAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await institution.CurrentAsync(cancellationToken);
        var who = user.UserId is { } id ? (await identity.GetDisplayNamesAsync([id], cancellationToken)).GetValueOrDefault(id, user.Username ?? "") : "";
        return new DocumentStamp(current.Id, current.Name, current.CurrencyCode is "XOF" or "XAF" ? "FCFA" : current.CurrencyCode, now,
            current.LocalTime(now), user.UserId, who);
    }
}
