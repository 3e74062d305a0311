namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>A treasury GL account (class 1: cash, bank, mobile-money clearing) and its balance, debit positive.</summary>
public sealed record TreasuryPositionDto(string Code, string Name, decimal Balance);
