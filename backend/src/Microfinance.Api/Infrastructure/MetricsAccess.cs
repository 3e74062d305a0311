using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Microfinance.Api.Infrastructure;

/// <summary>Whether a request may read <c>/metrics</c>: a caller from an allowed network, or one with the token (<see cref="MetricsOptions"/>).</summary>
public sealed class MetricsAccess
{
    private readonly IPNetwork[] _networks;
    private readonly byte[]? _token;

    public MetricsAccess(IOptions<MetricsOptions> options)
    {
        var o = options.Value;
        _networks = o.AllowedNetworks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => IPNetwork.TryParse(n, out var network)
                ? network
                : throw new InvalidOperationException($"Metrics:AllowedNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.0.0/8)."))
            .ToArray();
        _token = string.IsNullOrEmpty(o.Token) ? null : Encoding.UTF8.GetBytes(o.Token);
    }

    public bool Allows(HttpContext context)
    {
        if (_token is not null && context.Request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..]), _token))
            return true;
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        return _networks.Any(n => n.Contains(remote));
    }
}
