namespace Microfinance.FunctionalTests.Support;

/// <summary>A clock that moves only when the test says: for what depends on time passing (expiries, retry delays).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
