namespace Microfinance.Application.Deposits.Commands.PostSavingsInterest;

/// <summary>
/// Posts a month's savings interest (<see cref="Month"/> as yyyy-MM, a month that is over) on every active account of a
/// savings product with a rate, once per account and month (docs/savings-interest.md). Not one transaction: the accounts
/// go through in batches of <see cref="SavingsInterestOptions.BatchSize"/>, each its own command (locked, posted,
/// audited, committed); an interrupted run is simply run again, and two runs at once credit each account once.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Accountant)]
public sealed record PostSavingsInterestCommand(string Month) : IRequest<SavingsInterestResult>;
