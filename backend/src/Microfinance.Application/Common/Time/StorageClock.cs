

namespace Microfinance.Application.Common.Time;

/// <summary>
/// The system clock at the precision PostgreSQL keeps (microseconds). What the API answers from memory right after a
/// write — a deposit's receipt — is then exactly what a later read returns.
/// </summary>
public sealed class StorageClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
