using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Microfinance.Application.Common.Behaviours;

/// <summary>Outermost behaviour: logs each request with its caller and duration, and warns when one is slow.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    private const long SlowRequestMilliseconds = 500;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (elapsed > SlowRequestMilliseconds)
                logger.LogWarning("{Request} by {UserId} took {ElapsedMs} ms", name, user.UserId, elapsed);
            else
                logger.LogDebug("{Request} by {UserId} took {ElapsedMs} ms", name, user.UserId, elapsed);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("{Request} by {UserId} failed: {Error}", name, user.UserId, ex.GetType().Name);
            throw;
        }
    }
}
