namespace Microfinance.Application.Sync;

public sealed record SyncBatchDto(IReadOnlyList<SyncResultDto> Results);
