namespace Microfinance.Application.Sync.Commands.SyncOperations;

/// <summary>
/// A phone's queue, sent when the network returns: each operation, in order, as its own request — its own scope and
/// transaction, its key in the single endpoints' idempotency store — so one refusal undoes nothing else and a batch cut
/// mid-flight is simply sent again (docs/offline.md). Not a command itself: it opens no transaction around the batch.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record SyncOperationsCommand(string DeviceId, IReadOnlyList<SyncOperation> Operations) : IRequest<SyncBatchDto>;
