namespace Microfinance.Application.Tontines;

/// <summary>One cycle of a participant's booklet; <see cref="CycleCount"/> cycles have a filled cell or are the current one.</summary>
public sealed record BookletDto(Guid ParticipantId, int Cycle, int CycleCount, int CycleLengthDays, decimal DailyAmount, IReadOnlyList<BookletCellDto> Cells);
