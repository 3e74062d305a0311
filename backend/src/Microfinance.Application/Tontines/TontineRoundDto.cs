namespace Microfinance.Application.Tontines;

/// <summary>A collector's round on a day: their active participants, how many paid that day and what was collected from them.</summary>
public sealed record TontineRoundDto(Guid AgentId, DateOnly Day, int Participants, int Paid, decimal Collected);
