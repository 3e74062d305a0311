namespace Microfinance.Application.IdentityAccess;

/// <summary>A client with its new secret: the only answer that ever carries the secret.</summary>
public sealed record ApiClientSecretDto(ApiClientDto Client, string ClientSecret);
