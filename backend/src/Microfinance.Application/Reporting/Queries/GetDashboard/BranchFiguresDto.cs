namespace Microfinance.Application.Reporting.Queries.GetDashboard;

public sealed record BranchFiguresDto(Guid BranchId, string Name, int Clients, decimal Deposits, decimal LoansOutstanding, decimal Par30);
