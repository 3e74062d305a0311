using System.Globalization;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Localization;
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
        var problem = ProblemFor(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception");
            problem = Problem(500, "An unexpected error occurred.", T("The error was logged; quote the correlation id to support."), "internal_error");
        }
        if (exception is TooManyRequestsException tooMany)
            context.Response.Headers.RetryAfter = Math.Ceiling(tooMany.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// The problem an exception is answered with, in the reader's language; null for an unexpected one (a 500). Also how
    /// a sync batch words each refused operation (<see cref="OperationProblems"/>).
    /// </summary>
    public static ProblemDetails? ProblemFor(Exception exception) =>
        exception switch
        {
            ValidationException e => Invalid(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value)),
            BadHttpRequestException { StatusCode: 400 } e => Invalid(BadRequestProblems.ErrorsOf(e)),
            BadHttpRequestException e => Problem(e.StatusCode, "The request could not be read.", e.Message, "bad_request"),
            UnauthorizedException e => Problem(401, "Authentication failed.", T(e.Message), "unauthorized"),
            ForbiddenAccessException e => Problem(403, "Forbidden.", T(e.Message), "forbidden"),
            NotFoundException e => Problem(404, "Not found.", Localizer.Format(NotFoundException.Template, e.Arguments), "not_found"),
            ConflictException e => Problem(409, "Conflict.", Localizer.Format(e.Template, e.Arguments), e.Code),
            EligibilityException e => Eligibility(e),
            DomainException e => Problem(422, "The operation breaks a business rule.", Localizer.Format(e.Template, e.Arguments), e.Code),
            TooManyRequestsException e => Problem(429, "Too many requests.", Localizer.Format(e.Template, e.Arguments), e.Code),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Problem(409, "Conflict.", T("The data conflicts with an existing record."), "duplicate"),
            // A NUL character in a search or a field (found by wapiti): PostgreSQL's text cannot hold it.
            PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire }
                or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire } } =>
                Problem(400, "The request is invalid.", T("The request contains a character that cannot be stored (such as NUL)."), "invalid_character"),
            _ => null,
        };

    /// <summary>Every eligibility reason, each with its code, so the SPA can show them all.</summary>
    private static ProblemDetails Eligibility(EligibilityException e)
    {
        var reasons = e.Failures.Select(f => new { code = f.Code, message = Localizer.Format(f.Template, f.Arguments) }).ToList();
        var problem = Problem(422, "The application is not eligible.", string.Join(" ", reasons.Select(r => r.message)), e.Code);
        problem.Extensions["reasons"] = reasons;
        return problem;
    }

    /// <summary>A problem whose title is shown in the reader's language; <paramref name="detail"/> is already.</summary>
    private static ProblemDetails Problem(int status, string title, string detail, string code) =>
        new() { Status = status, Title = T(title), Detail = detail, Extensions = { ["code"] = code } };

    private static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = 400,
        Title = T("The request is invalid."),
        Detail = T("Correct the fields listed in errors."),
        Extensions = { ["code"] = "validation_failed" },
    };

    private static string T(string text) => Localizer.Format(text, []);
}
