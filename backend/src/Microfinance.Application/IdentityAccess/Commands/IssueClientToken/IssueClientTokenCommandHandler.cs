namespace Microfinance.Application.IdentityAccess.Commands.IssueClientToken;

/// <summary>
/// Every refusal of the client's credentials is the same <c>invalid_client</c> (unknown id, wrong secret, revoked client,
/// suspended institution), so an answer tells nothing about which part was wrong. Issuances and refusals of a known
/// client are recorded in its institution's trail.
/// </summary>
public sealed class IssueClientTokenCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IClientTokenService tokens, ITenantContext tenant, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<IssueClientTokenCommand, ClientTokenResult>
{
    public async Task<ClientTokenResult> Handle(IssueClientTokenCommand r, CancellationToken cancellationToken)
    {
        // Nobody is signed in: the client may belong to any institution.
        using var scope = tenant.EnterUnrestrictedScope();
        var client = Guid.TryParse(r.ClientId, out var id) ? await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (client is null)
            return Refused(ClientTokenResult.InvalidClient, null);
        var institutionActive = await db.Institutions.AnyAsync(i => i.Id == client.InstitutionId && i.Status == InstitutionStatus.Active, cancellationToken);
        if (!ApiClientSecrets.Matches(r.ClientSecret, client.SecretHash) || client.IsRevoked || !institutionActive)
            return Refused(ClientTokenResult.InvalidClient, client);

        var asked = (r.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Any(s => !client.Scopes.Contains(s)))
            return Refused(ClientTokenResult.InvalidScope, client);
        var granted = asked.Count == 0 ? client.Scopes : client.Scopes.Where(asked.Contains).ToList();

        client.MarkUsed(clock.GetUtcNow());
        audit.AttributeTo(Actor(client));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ClientTokenResult(tokens.Issue(client, granted));
    }

    private ClientTokenResult Refused(string error, ApiClient? client)
    {
        audit.Describe("ClientTokenRefused", new { clientId = client?.Id, error });
        if (client is not null) audit.RecordInChainOf(client.InstitutionId);
        return new ClientTokenResult(null, error);
    }

    /// <summary>The client as the trail's actor: its id and name, in its institution's chain.</summary>
    private static UserIdentity Actor(ApiClient client) =>
        new(client.Id, ApiClientActor.Username(client.Name), client.Name, Roles.Agent, client.InstitutionId, null);
}
