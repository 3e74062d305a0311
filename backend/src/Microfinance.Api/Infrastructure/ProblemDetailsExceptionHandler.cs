using System.Globalization;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Microfinance.Api.Infrastructure;

/// <summary>The one place where exceptions become RFC 9457 problem details with a stable <c>code</c>.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => new ValidationProblemDetails(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value))
            {
                Status = 400,
                Title = "The request is invalid.",
                Detail = "Correct the fields listed in errors.",
                Extensions = { ["code"] = "validation_failed" },
            },
            BadHttpRequestException e => Problem(400, "The request could not be read.", e.Message, "bad_request"),
            UnauthorizedException e => Problem(401, "Authentication failed.", e.Message, "unauthorized"),
            ForbiddenAccessException e => Problem(403, "Forbidden.", e.Message, "forbidden"),
            NotFoundException e => Problem(404, "Not found.", e.Message, "not_found"),
            ConflictException e => Problem(409, "Conflict.", e.Message, e.Code),
            EligibilityException e => Eligibility(e),
            DomainException e => Problem(422, "The operation breaks a business rule.", e.Message, e.Code),
            TooManyRequestsException e => Problem(429, "Too many requests.", e.Message, "too_many_requests"),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Problem(409, "Conflict.", "The data conflicts with an existing record.", "duplicate"),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception");
            problem = Problem(500, "An unexpected error occurred.", "The error was logged; quote the correlation id to support.", "internal_error");
        }
        if (exception is TooManyRequestsException tooMany)
            context.Response.Headers.RetryAfter = Math.Ceiling(tooMany.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Every eligibility reason, each with its code, so the SPA can show them all.</summary>
    private static ProblemDetails Eligibility(EligibilityException e)
    {
        var problem = Problem(422, "The application is not eligible.", e.Message, e.Code);
        problem.Extensions["reasons"] = e.Failures.Select(f => new { code = f.Code, message = f.Message }).ToList();
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code) =>
        new() { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
}
