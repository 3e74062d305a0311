namespace Microfinance.Application.Sync;

public sealed record WorkingClientDto(Guid Id, string Number, string FirstName, string LastName, string Phone, Guid BranchId);
