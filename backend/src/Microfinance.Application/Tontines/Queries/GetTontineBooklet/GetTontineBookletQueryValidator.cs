namespace Microfinance.Application.Tontines.Queries.GetTontineBooklet;

public sealed class GetTontineBookletQueryValidator : AbstractValidator<GetTontineBookletQuery>
{
    public GetTontineBookletQueryValidator() => RuleFor(x => x.Cycle).GreaterThanOrEqualTo(1);
}
