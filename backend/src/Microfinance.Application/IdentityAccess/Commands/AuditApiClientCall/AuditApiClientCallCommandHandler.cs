namespace Microfinance.Application.IdentityAccess.Commands.AuditApiClientCall;

/// <summary>Nothing changes but the trail: the call's figures are the record's details.</summary>
public sealed class AuditApiClientCallCommandHandler(ICurrentUser user, IAuditTrail audit) : IRequestHandler<AuditApiClientCallCommand, Unit>
{
    public Task<Unit> Handle(AuditApiClientCallCommand r, CancellationToken cancellationToken)
    {
        // Only a client's own call is one; a user's token never reaches here, and may not write records in a client's name.
        if (!user.IsApiClient) throw new ForbiddenAccessException();
        audit.Describe("AuditApiClientCall", new { method = r.Method, route = r.Route, path = r.Path, status = r.Status });
        return Task.FromResult(Unit.Value);
    }
}
