namespace Microfinance.Application.Sync;

/// <summary>
/// What a phone keeps to work a day offline (docs/offline.md): the caller's clients with their usable accounts, active
/// loans and tontine booklets, and the products. <see cref="Truncated"/>: more clients were in scope than one answer holds.
/// </summary>
public sealed record WorkingDataDto(
    DateTimeOffset GeneratedAt, DateOnly Today, WorkingInstitutionDto Institution, IReadOnlyList<WorkingClientDto> Clients,
    IReadOnlyList<WorkingAccountDto> Accounts, IReadOnlyList<WorkingLoanDto> Loans, IReadOnlyList<WorkingParticipantDto> TontineParticipants,
    WorkingProductsDto Products, bool Truncated);
