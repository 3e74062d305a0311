namespace Microfinance.Application.Sync;

/// <summary>
/// Turns an operation's exception into the problem details the API answers for it (the API's one mapping), in the
/// request's language; null for a failure that is not the operation's fault (a bug, the database gone), which stops the batch.
/// </summary>
public interface IOperationProblems
{
    SyncProblem? Describe(Exception exception);
}
