using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microfinance.Application.Common.Idempotency;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Deposits;
using Microfinance.Application.Deposits.Commands.Deposit;
using Microfinance.Application.Loans.Commands.RepayLoan;
using Microfinance.Application.Sync.Commands.RecordDeviceSync;
using Microfinance.Application.Tontines.Commands.ContributeToTontine;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.Application.Sync.Commands.SyncOperations;

/// <summary>
/// Runs each operation as the single endpoint would: in a scope of its own (the caller is the same: it comes from the
/// request), through the mediator, with its key and a hash of its fields in the scope's <see cref="IdempotencyKey"/>, so
/// IdempotencyBehaviour stores or replays it inside the command's own transaction. A refusal becomes the problem the
/// endpoint would have answered, and the next operation runs.
/// </summary>
public sealed class SyncOperationsCommandHandler(
    IServiceScopeFactory scopes, InstitutionProfile institution, IOperationProblems problems, TimeProvider clock)
    : IRequestHandler<SyncOperationsCommand, SyncBatchDto>
{
    /// <summary>A phone's clock may run a little ahead of the server's; beyond this, the recording time is not believed.</summary>
    public static readonly TimeSpan ClockSkewTolerance = TimeSpan.FromMinutes(5);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SyncBatchDto> Handle(SyncOperationsCommand request, CancellationToken cancellationToken)
    {
        var results = new List<SyncResultDto>(request.Operations.Count);
        foreach (var operation in request.Operations)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                // A new client is not money: it has no value date, so no tolerance either.
                DateOnly? valueDate = operation.Kind == SyncOperationKind.NewClient ? null : await ValueDateAsync(operation, scope.ServiceProvider, cancellationToken);
                if (operation.Kind == SyncOperationKind.Deposit)
                    valueDate = await NotBeforeLastMovementAsync(operation.TargetId!.Value, valueDate!.Value, scope.ServiceProvider, cancellationToken);
                var key = scope.ServiceProvider.GetRequiredService<IdempotencyKey>();
                key.Set(operation.Key, RequestHash(operation));
                var receipt = await SendAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), operation, valueDate, cancellationToken);
                // A deposit reports the value date it was booked on: perhaps its account's last movement day, and for a
                // replay the day it was first applied, whatever the account did since.
                if (receipt is TransactionDto deposit) valueDate = deposit.ValueDate;
                results.Add(new SyncResultDto(operation.Key, SyncOperationStatus.Synced, key.Replayed, valueDate, receipt, null));
            }
            catch (Exception e) when (problems.Describe(e) is { } problem)
            {
                results.Add(new SyncResultDto(operation.Key, SyncOperationStatus.Refused, false, null, null, problem));
            }
        }
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordDeviceSyncCommand(request.DeviceId), cancellationToken);
        return new SyncBatchDto(results);
    }

    /// <summary>
    /// The institution-local day the operation was recorded, within the institution's tolerance — unless the operation was
    /// already applied under its key: then it is replayed whatever its age (a phone that never got the answer asks again).
    /// </summary>
    private async Task<DateOnly> ValueDateAsync(SyncOperation operation, IServiceProvider services, CancellationToken ct)
    {
        var current = await institution.CurrentAsync(ct);
        var now = clock.GetUtcNow();
        if (operation.RecordedAt > now + ClockSkewTolerance)
            throw new DomainException("recorded_in_the_future",
                "The operation is dated {0:yyyy-MM-dd HH:mm}, after the server's clock: check the phone's date and time.", current.LocalTime(operation.RecordedAt));
        var today = current.Today(now);
        var recordedOn = current.Today(operation.RecordedAt);
        // A phone a few minutes ahead may be past midnight already: its operation belongs to today.
        if (recordedOn > today) recordedOn = today;
        if (today.DayNumber - recordedOn.DayNumber > current.OfflineToleranceDays
            && !await services.GetRequiredService<IIdempotencyStore>().IsRememberedAsync(operation.Key, ct))
            throw new DomainException("recorded_too_long_ago",
                "The operation was recorded on {0:yyyy-MM-dd}, more than {1} day(s) ago: the institution no longer accepts it from a phone.",
                recordedOn, current.OfflineToleranceDays);
        return recordedOn;
    }

    /// <summary>
    /// An account's movements run in value-date order, so a deposit recorded offline on a day before the account's last
    /// movement (the client also came to the counter this morning) is valued on that movement's day: the cash is
    /// booked, not refused for the agent to record again; the result says the value date it got (docs/offline.md).
    /// </summary>
    private static async Task<DateOnly> NotBeforeLastMovementAsync(Guid accountId, DateOnly recordedOn, IServiceProvider services, CancellationToken ct)
    {
        var lastValueDate = await services.GetRequiredService<IApplicationDbContext>().DepositAccounts
            .Where(a => a.Id == accountId).Select(a => a.LastValueDate).FirstOrDefaultAsync(ct);
        return lastValueDate > recordedOn ? lastValueDate.Value : recordedOn;
    }

    private static async Task<object> SendAsync(IMediator mediator, SyncOperation o, DateOnly? valueDate, CancellationToken ct) => o.Kind switch
    {
        SyncOperationKind.Deposit => await mediator.Send(new DepositCommand(o.Amount!.Value, Channel.Cash, o.Reference, valueDate) { AccountId = o.TargetId!.Value }, ct),
        SyncOperationKind.LoanRepayment => await mediator.Send(new RepayLoanCommand(o.Amount!.Value, valueDate!.Value, Channel.Cash, o.Reference) { LoanId = o.TargetId!.Value }, ct),
        SyncOperationKind.TontineContribution => await mediator.Send(
            new ContributeToTontineCommand(Channel.Cash, o.Days, o.Amount, valueDate) { ParticipantId = o.TargetId!.Value }, ct),
        SyncOperationKind.NewClient => await mediator.Send(o.Client!, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Kind, "Unknown kind."),
    };

    /// <summary>
    /// What the key stands for: every field of the operation (amounts without trailing zeros, the instant in UTC), so the
    /// same operation sent again matches and another under the same key does not. Prefixed, so it never equals a single
    /// endpoint's hash (method, path and body).
    /// </summary>
    private static string RequestHash(SyncOperation o)
    {
        var text = string.Join('\n', "sync", o.Kind, o.TargetId, o.Amount?.ToString("G29", CultureInfo.InvariantCulture), o.Days, o.Reference,
            o.RecordedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), o.Client is null ? "" : JsonSerializer.Serialize(o.Client, Json));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
