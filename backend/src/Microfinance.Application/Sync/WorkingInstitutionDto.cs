namespace Microfinance.Application.Sync;

public sealed record WorkingInstitutionDto(string Currency, string TimeZone, int OfflineToleranceDays);
