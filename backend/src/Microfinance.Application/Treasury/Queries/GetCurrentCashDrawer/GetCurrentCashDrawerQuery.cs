namespace Microfinance.Application.Treasury.Queries.GetCurrentCashDrawer;

/// <summary>The caller's open drawer with the cash expected in it so far, or none.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record GetCurrentCashDrawerQuery : IRequest<CurrentCashDrawerDto>;
