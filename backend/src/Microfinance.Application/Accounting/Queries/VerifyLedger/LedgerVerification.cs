namespace Microfinance.Application.Accounting.Queries.VerifyLedger;

public sealed record LedgerVerification(bool Ok, IReadOnlyList<LedgerCheck> Checks);
