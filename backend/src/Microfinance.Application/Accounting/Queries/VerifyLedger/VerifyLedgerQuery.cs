namespace Microfinance.Application.Accounting.Queries.VerifyLedger;

/// <summary>
/// Re-checks every invariant of the ledger from the postings themselves and reports each breach, so an auditor (or
/// the test suite, or the benchmark) can prove that no franc appeared or disappeared.
/// </summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record VerifyLedgerQuery : IRequest<LedgerVerification>;
