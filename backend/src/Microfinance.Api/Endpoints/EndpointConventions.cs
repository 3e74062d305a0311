namespace Microfinance.Api.Endpoints;

/// <summary>Documents the problem-detail responses an endpoint can give, so Swagger lists every error.</summary>
public static class EndpointConventions
{
    /// <summary>401 and 403 for an endpoint behind a role; add the other statuses it can answer.</summary>
    public static RouteHandlerBuilder ProducesErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses.Concat([401, 403]).Distinct())
            builder.ProducesProblem(status);
        return builder;
    }
}
