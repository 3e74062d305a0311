namespace Microfinance.Application.Tontines.Queries.GetTontineRound;

public sealed class GetTontineRoundQueryValidator : AbstractValidator<GetTontineRoundQuery>
{
    public GetTontineRoundQueryValidator() => RuleFor(x => x.AgentId).NotEmpty();
}
