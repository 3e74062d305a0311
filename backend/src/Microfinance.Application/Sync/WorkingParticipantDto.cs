using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Sync;

/// <summary>
/// A tontine booklet as the collector needs it offline: <see cref="CellsFilled"/> counts every cell since joining (as the
/// participant's own page does), <see cref="CycleNumber"/> the cycle the next cell falls in, <see cref="Balance"/> the
/// savings, <see cref="CollectedToday"/> what was paid today.
/// </summary>
public sealed record WorkingParticipantDto(
    Guid Id, Guid TontineId, string TontineName, Guid ClientId, decimal DailyAmount, TontineParticipantStatus Status, int CycleNumber,
    long CellsFilled, int CellsPerCycle, decimal Balance, decimal CollectedToday);
