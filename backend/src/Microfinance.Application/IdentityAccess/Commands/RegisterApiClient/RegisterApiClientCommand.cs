namespace Microfinance.Application.IdentityAccess.Commands.RegisterApiClient;

/// <summary>Registers an integrator; without <paramref name="RateLimitPerMinute"/>, the configured default applies.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record RegisterApiClientCommand(string Name, IReadOnlyList<string> Scopes, int? RateLimitPerMinute = null) : ICommand<ApiClientSecretDto>;
