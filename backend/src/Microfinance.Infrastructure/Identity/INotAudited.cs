namespace Microfinance.Infrastructure.Identity;

/// <summary>Security plumbing that the audit trail would only fill with noise (the actions that create it are audited).</summary>
public interface INotAudited;
