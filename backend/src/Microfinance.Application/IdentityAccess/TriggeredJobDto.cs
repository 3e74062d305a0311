namespace Microfinance.Application.IdentityAccess;

/// <summary>A run asked for: it appears under <see cref="RunId"/> in the job's runs once it has ended.</summary>
public sealed record TriggeredJobDto(string JobName, Guid RunId);
