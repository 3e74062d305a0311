namespace Microfinance.Application.IdentityAccess;

/// <summary>How an API client is named where a person's name would be: in its tokens, the audit trail and the answers.</summary>
public static class ApiClientActor
{
    /// <summary>Its user name in tokens and the trail, distinct from any staff user name (which cannot hold a space or a colon).</summary>
    public static string Username(string clientName) => "api-client: " + clientName;

    /// <summary>Its display name in the reader's language: « Client API : name ».</summary>
    public static string DisplayName(string clientName) => Localizer.Format("API client: {0}", [clientName]);
}
