namespace Microfinance.Application.Common.Behaviours;

/// <summary>
/// Innermost behaviour: a command and its audit record commit together or not at all. Queries pass through.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork, IAuditTrail auditTrail)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    private static readonly string ActionName = typeof(TRequest).Name.EndsWith("Command", StringComparison.Ordinal)
        ? typeof(TRequest).Name[..^"Command".Length]
        : typeof(TRequest).Name;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand) return next();
        return unitOfWork.ExecuteInTransactionAsync(async () =>
        {
            var response = await next();
            await auditTrail.AppendAsync(ActionName, cancellationToken);
            return response;
        }, cancellationToken);
    }
}
