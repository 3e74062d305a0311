using Microfinance.Domain.Deposits;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

/// <summary>A cell of a cycle, numbered 1…L within it; an empty cell has no date, amount, collector or channel.</summary>
public sealed record BookletCellDto(int Number, BookletCellKind Kind, DateOnly? Date, decimal? Amount, string? CollectedByName, Channel? Channel);
