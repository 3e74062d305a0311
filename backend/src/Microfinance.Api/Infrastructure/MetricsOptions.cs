namespace Microfinance.Api.Infrastructure;

/// <summary>Section <c>Metrics</c>: who may read <c>/metrics</c> (docs/operations.md, "Metrics, logs, health").</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>False: nothing is measured and <c>/metrics</c> does not exist.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The networks (CIDR, comma-separated) whose callers may scrape without a token: loopback and the private ranges by default, where a
    /// Prometheus sits next to the API. Behind a reverse proxy every caller seems to come from the proxy: the proxy must not
    /// forward <c>/metrics</c>.
    /// </summary>
    public string AllowedNetworks { get; set; } = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

    /// <summary>When set, a caller from any network may scrape with <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }
}
