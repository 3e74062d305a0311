using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury.Commands.OpenCashDrawer;

/// <summary>Opens the caller's cash drawer with its float, counted note by note and coin by coin (docs/treasury.md).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record OpenCashDrawerCommand(IReadOnlyList<DenominationCount> Counts) : ICommand<CashDrawerDto>;
