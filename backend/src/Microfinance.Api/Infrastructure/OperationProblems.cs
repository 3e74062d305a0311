using Microfinance.Application.Sync;
using Microsoft.AspNetCore.Mvc;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// A refused sync operation's problem, as its single endpoint would have answered it: the same mapping
/// (<see cref="ProblemDetailsExceptionHandler.ProblemFor"/>) and the framework's defaults for <c>type</c>. A failure the
/// mapping does not know (a 500) is not the operation's: it stops the batch and answers the request as usual.
/// </summary>
public sealed class OperationProblems : IOperationProblems
{
    public SyncProblem? Describe(Exception exception)
    {
        if (ProblemDetailsExceptionHandler.ProblemFor(exception) is not { Status: < 500 } problem) return null;
        // The result fills in the type (RFC 9110's section for the status), as it does for the API's own answers.
        var filled = TypedResults.Problem(problem).ProblemDetails;
        return new SyncProblem(filled.Type, filled.Title, filled.Status!.Value, filled.Detail, filled.Extensions["code"] as string ?? "error",
            (filled as ValidationProblemDetails)?.Errors);
    }
}
