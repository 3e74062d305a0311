using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Common.Behaviours;

/// <summary>Runs every validator of the request and reports all failures at once.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators, InstitutionProfile institution)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var context = new ValidationContext<TRequest>(request) { RootContextData = { [MoneyRules.InstitutionKey] = institution } };
            var result = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
            throw new ValidationException(failures);
        return await next();
    }
}
