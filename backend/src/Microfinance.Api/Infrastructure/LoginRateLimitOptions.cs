namespace Microfinance.Api.Infrastructure;

public sealed class LoginRateLimitOptions
{
    public const string Section = "RateLimiting:Login";

    public int PermitsPerIp { get; set; } = 30;
    public int PermitsPerUsername { get; set; } = 10;
    public int WindowSeconds { get; set; } = 60;
}
