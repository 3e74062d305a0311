using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Infrastructure.Data;

/// <summary>Scoped per request: starts at the caller's institution; explicit scopes nest and unwind on dispose.</summary>
public sealed class TenantContext(ICurrentUser currentUser) : ITenantContext
{
    private readonly Stack<(Guid? InstitutionId, bool Unrestricted)> _scopes = new();

    public Guid? InstitutionId => _scopes.TryPeek(out var scope) ? scope.InstitutionId : currentUser.InstitutionId;

    public bool IsUnrestricted => _scopes.TryPeek(out var scope) && scope.Unrestricted;

    public IDisposable EnterInstitutionScope(Guid institutionId) => Push((institutionId, false));

    public IDisposable EnterUnrestrictedScope() => Push((InstitutionId, true));

    private Scope Push((Guid?, bool) scope)
    {
        _scopes.Push(scope);
        return new Scope(_scopes);
    }

    private sealed class Scope(Stack<(Guid?, bool)> scopes) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            scopes.Pop();
        }
    }
}
