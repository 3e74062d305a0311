namespace Microfinance.Application.Accounting.Queries.VerifyLedger;

public sealed record LedgerCheck(string Name, bool Ok, string Detail);
