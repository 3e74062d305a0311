namespace Microfinance.Application.Common.Interfaces;

/// <summary>Per-institution counters behind readable numbers (clients, accounts, loans).</summary>
public interface INumberSequences
{
    /// <summary>The next number of <paramref name="counter"/>, gap-free within committed work (the counter row stays locked until commit).</summary>
    Task<long> NextAsync(string counter, CancellationToken cancellationToken);
}
