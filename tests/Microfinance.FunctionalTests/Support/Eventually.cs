namespace Microfinance.FunctionalTests.Support;

/// <summary>Waits for what background work (a scheduled job) does, failing the test if it does not happen in time.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, int seconds = 20)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            DateTimeOffset.UtcNow.Should().BeBefore(deadline, "the condition should hold within {0} s", seconds);
            await Task.Delay(100);
        }
    }
}
