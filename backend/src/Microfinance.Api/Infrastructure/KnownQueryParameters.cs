using FluentValidation.Results;
using Microfinance.Application.Common.Localization;
using ValidationException = Microfinance.Application.Common.Exceptions.ValidationException;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// A query parameter an endpoint does not take is a 400 naming the ones it takes — a misspelt filter would otherwise be
/// ignored, and a report or a list would silently show more than was asked (docs/reporting.md).
/// </summary>
public static class KnownQueryParameters
{
    public static RouteHandlerBuilder AcceptsOnlyQuery(this RouteHandlerBuilder builder, params string[] names) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var unknown = context.HttpContext.Request.Query.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
                throw new ValidationException(unknown.Select(k => new ValidationFailure(k,
                    Localizer.Format("Unknown query parameter '{0}'; this endpoint takes: {1}.", [k, string.Join(", ", names)]))));
            return await next(context);
        });
}
