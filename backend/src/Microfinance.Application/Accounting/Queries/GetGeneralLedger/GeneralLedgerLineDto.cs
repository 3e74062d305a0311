using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.GetGeneralLedger;

/// <summary>One line of the account with its entry, and the account's balance once it is posted.</summary>
public sealed record GeneralLedgerLineDto(
    DateOnly ValueDate, Guid EntryId, long EntryNumber, string Description, JournalSource Source, decimal Debit, decimal Credit, decimal Balance);
