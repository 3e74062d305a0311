using OtpNet;

namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// An authenticator app for tests: the codes of a base32 key, at now or some 30-second steps away, remembering the
/// latest step it gave (the API accepts each step once, and only later ones after it).
/// </summary>
public sealed class Authenticator(string manualKey)
{
    private const int StepSeconds = 30;
    private readonly Totp _totp = new(Base32Encoding.ToBytes(manualKey));
    private long _lastStep;

    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code <paramref name="steps"/> steps from now (negative: earlier).</summary>
    public string Code(int steps = 0) => At(CurrentStep + steps);

    /// <summary>The code of the step after the last one given: accepted while the server's clock is at most one step past it.</summary>
    public string NextCode() => At(_lastStep + 1);

    private string At(long step)
    {
        _lastStep = Math.Max(_lastStep, step);
        return _totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);
    }

    /// <summary>
    /// Waits, if the current step ends within 3 seconds, for the next one: a test that means "one step away" must not
    /// see the server's clock already in the step after.
    /// </summary>
    public static async Task AwayFromStepEndAsync()
    {
        var left = StepSeconds - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % (StepSeconds * 1000) / 1000.0;
        if (left < 3) await Task.Delay(TimeSpan.FromSeconds(left + 0.2));
    }
}
