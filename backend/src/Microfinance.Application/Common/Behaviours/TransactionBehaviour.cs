namespace Microfinance.Application.Common.Behaviours;

/// <summary>
/// The one place a transaction begins: a command, with its idempotency key and audit trail, commits together or not at
/// all (the unit of work says in what order its rows are written). Queries pass through.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    private static readonly string ActionName = AuditActions.Of(typeof(TRequest));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        IsCommand ? unitOfWork.ExecuteAsync(ActionName, () => next(), cancellationToken) : next();
}
