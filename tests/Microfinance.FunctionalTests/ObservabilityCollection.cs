namespace Microfinance.FunctionalTests;

/// <summary>
/// Meters are per process, and every test application of a run lives in this one: a class that reads counters runs in
/// this collection, alone, so that no other application's requests are counted meanwhile.
/// </summary>
[CollectionDefinition(nameof(ObservabilityCollection), DisableParallelization = true)]
public sealed class ObservabilityCollection;
