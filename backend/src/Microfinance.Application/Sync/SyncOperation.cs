using Microfinance.Application.Clients.Commands.CreateClient;

namespace Microfinance.Application.Sync;

/// <summary>
/// One operation of a phone's queue (docs/offline.md): its Idempotency-Key, made when the agent confirmed it; its kind and
/// target (an account, a loan or a tontine participant; none for a new client); the phone's clock at confirmation, whose
/// institution-local day is the value date; and the kind's fields. Always in cash.
/// </summary>
public sealed record SyncOperation(
    string Key, SyncOperationKind Kind, Guid? TargetId, DateTimeOffset RecordedAt, decimal? Amount = null, int? Days = null,
    string? Reference = null, CreateClientCommand? Client = null);
