using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// A tontine participant locked for this transaction, with what its receipt shows — read in the same round trip, as a
/// locked account comes with its holder's name: the client, the tontine, the collector and what was paid on the day asked.
/// </summary>
public sealed record LockedParticipant(
    TontineParticipant Participant, string ClientName, string ClientNumber, string TontineName, string TontineCode, string? CollectorName,
    decimal CollectedOnDay);
