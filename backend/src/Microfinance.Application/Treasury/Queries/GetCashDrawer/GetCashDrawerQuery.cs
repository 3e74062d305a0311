namespace Microfinance.Application.Treasury.Queries.GetCashDrawer;

/// <summary>A drawer session: its holder's, or any for those who oversee drawers.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetCashDrawerQuery(Guid Id) : IRequest<CashDrawerDto>;
