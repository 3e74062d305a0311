namespace Microfinance.Application.Tontines.Commands.CloseTontine;

/// <summary>Closes a tontine: no more adhesions or contributions; its participants can still withdraw what they saved.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record CloseTontineCommand(Guid Id) : ICommand<TontineDto>;
