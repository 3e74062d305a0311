

namespace Microfinance.Application.Common.Security;

/// <summary>
/// Put on a request: the caller must be authenticated and, when roles are given, hold one of them.
/// Checked by the authorization behaviour for every request, whatever the transport.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
