using System.Globalization;
using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>
/// Every movement of money on deposit accounts goes through here: the account rows are locked, the domain checks the
/// rule, the balance changes, the journal entry and the statement line are written — all saved together, inside the
/// command's transaction. See docs/ledger.md for a deposit's whole path.
/// </summary>
public sealed class AccountPostings(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, ILedgerRows rows, LedgerPoster ledger, InstitutionProfile institution, ReferenceDataCache cache, ICurrentUser user,
    TransactionCategories categories, TimeProvider clock)
{
    /// <param name="clearingGlAccountId">
    /// Where the money arrives when it is not the channel's own GL account: a mobile-money provider's clearing account.
    /// </param>
    /// <param name="categoryId">The institution's category the movement is tagged with, if any (an unknown one is a 422).</param>
    public async Task<PostedMovement> DepositAsync(
        Guid accountId, decimal amount, Channel channel, string? reference, DateOnly? valueDate, Guid? clearingGlAccountId, Guid? categoryId,
        CancellationToken ct)
    {
        var categoryName = await categories.NameOfAsync(categoryId, ct);
        var (account, holderName) = await locks.LockAccountAsync(accountId, ct);
        var (entry, transaction) = await CreditAsync(account, amount, await institution.ValueDateAsync(valueDate, ct), TransactionType.Deposit, channel, reference,
            $"Dépôt sur {account.Number}", JournalSource.Deposit, JournalLine.DebitOf(clearingGlAccountId ?? await ledger.AccountForAsync(channel, ct), amount), ct,
            categoryId);
        return new PostedMovement(transaction, account.Number, holderName, entry.Number, categoryName);
    }

    /// <summary>Credits a client's account from another part of the ledger (a loan disbursement): <paramref name="source"/> is the entry's other side.</summary>
    public async Task<(JournalEntry Entry, AccountTransaction Transaction)> CreditFromLedgerAsync(
        Guid accountId, Guid clientId, decimal amount, DateOnly date, TransactionType type, string reference, string description,
        JournalSource journalSource, JournalLine source, CancellationToken ct)
    {
        var (account, _) = await locks.LockAccountAsync(accountId, ct);
        if (account.ClientId != clientId)
            throw new ValidationException("accountId", "The account belongs to another client.");
        return await CreditAsync(account, amount, date, type, null, reference, description, journalSource, source, ct);
    }

    /// <summary>
    /// Credits a month's savings interest (<paramref name="month"/> is its first day) to an account the caller has locked; the
    /// product's interest expense pays it. Valued on the month's last day — or on the account's last movement when the run
    /// came after one (value dates never go back on an account). Saved with the caller's next save.
    /// </summary>
    public async Task<AccountTransaction> CreditInterestAsync(DepositAccount account, decimal amount, DateOnly month, CancellationToken ct)
    {
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var date = account.LastValueDate > monthEnd ? account.LastValueDate.Value : monthEnd;
        var product = await ProductAsync(account, ct);
        var label = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (_, transaction) = await CreditAsync(account, amount, date, TransactionType.Interest, null, label, $"Intérêts créditeurs {label} {account.Number}",
            JournalSource.SavingsInterest, JournalLine.DebitOf(product.InterestExpenseGlAccountId, amount), ct, save: false);
        return transaction;
    }

    private async Task<(JournalEntry, AccountTransaction)> CreditAsync(
        DepositAccount account, decimal amount, DateOnly date, TransactionType type, Channel? channel, string? reference, string description,
        JournalSource journalSource, JournalLine debit, CancellationToken ct, Guid? categoryId = null, bool save = true)
    {
        var product = await ProductAsync(account, ct);
        var sequence = account.Credit(amount, date);
        var entry = await ledger.PostAsync(date, description, journalSource, [debit, JournalLine.CreditOf(product.DepositsGlAccountId, amount, account.Id)], ct);
        return (entry, await RecordAsync(account, sequence, type, amount, true, date, channel, reference, entry, ct, save: save, category: categoryId));
    }

    /// <summary>Pays out of an account the caller has locked (<see cref="IRowLocks.LockAccountAsync"/>).</summary>
    public async Task<PostedMovement> WithdrawAsync(
        LockedAccount locked, decimal amount, Channel channel, string? reference, DateOnly? valueDate, Guid? categoryId, CancellationToken ct)
    {
        var categoryName = await categories.NameOfAsync(categoryId, ct);
        var account = locked.Account;
        var product = await ProductAsync(account, ct);
        var date = await institution.ValueDateAsync(valueDate, ct);
        var sequence = account.Debit(amount, date, product.MinimumBalance);
        var entry = await ledger.PostAsync(date, $"Retrait sur {account.Number}", JournalSource.Withdrawal,
        [
            JournalLine.DebitOf(product.DepositsGlAccountId, amount, account.Id),
            JournalLine.CreditOf(await ledger.AccountForAsync(channel, ct), amount),
        ], ct);
        var transaction = await RecordAsync(account, sequence, TransactionType.Withdrawal, amount, false, date, channel, reference, entry, ct,
            category: categoryId);
        return new PostedMovement(transaction, account.Number, locked.HolderName, entry.Number, categoryName);
    }

    public async Task<(JournalEntry Entry, AccountTransaction Debit, AccountTransaction Credit)> TransferAsync(
        Guid fromAccountId, Guid toAccountId, decimal amount, string? reference, DateOnly? valueDate, Guid? categoryId, CancellationToken ct)
    {
        if (fromAccountId == toAccountId)
            throw new DomainException("same_account", "A transfer needs two different accounts.");
        await categories.NameOfAsync(categoryId, ct);
        var accounts = (await locks.LockAccountsAsync([fromAccountId, toAccountId], ct)).ToDictionary(a => a.Id);
        var from = accounts.GetValueOrDefault(fromAccountId) ?? throw new NotFoundException("Account", fromAccountId);
        var to = accounts.GetValueOrDefault(toAccountId) ?? throw new NotFoundException("Account", toAccountId);
        var fromProduct = await ProductAsync(from, ct);
        var toProduct = await ProductAsync(to, ct);
        var date = await institution.ValueDateAsync(valueDate, ct);

        var debitSequence = from.Debit(amount, date, fromProduct.MinimumBalance);
        var creditSequence = to.Credit(amount, date);
        var entry = await ledger.PostAsync(date, $"Virement {from.Number} → {to.Number}", JournalSource.Transfer,
        [
            JournalLine.DebitOf(fromProduct.DepositsGlAccountId, amount, from.Id),
            JournalLine.CreditOf(toProduct.DepositsGlAccountId, amount, to.Id),
        ], ct);
        var debit = await RecordAsync(from, debitSequence, TransactionType.TransferOut, amount, false, date, null, reference, entry, ct, counterpart: to.Id, category: categoryId);
        var credit = await RecordAsync(to, creditSequence, TransactionType.TransferIn, amount, true, date, null, reference, entry, ct, counterpart: from.Id, category: categoryId);
        return (entry, debit, credit);
    }

    /// <summary>
    /// Activates an approved account the caller has locked and posts its product's opening fee, paid through
    /// <paramref name="channel"/> (<paramref name="clearingGlAccountId"/> as in <see cref="DepositAsync"/>); the entry, or
    /// null when the product has no fee.
    /// </summary>
    public async Task<JournalEntry?> ActivateAsync(DepositAccount account, Channel channel, Guid? clearingGlAccountId, CancellationToken ct)
    {
        account.Activate(clock.GetUtcNow());
        return await PostOpeningFeeAsync(account, await ProductAsync(account, ct), channel, clearingGlAccountId, ct);
    }

    /// <summary>
    /// The opening fee, paid through a channel when the account is activated (the account itself starts empty);
    /// <paramref name="clearingGlAccountId"/> as in <see cref="DepositAsync"/>.
    /// </summary>
    public async Task<JournalEntry?> PostOpeningFeeAsync(DepositAccount account, DepositProduct product, Channel channel, Guid? clearingGlAccountId, CancellationToken ct)
    {
        if (product.OpeningFee == 0) return null;
        var date = await institution.TodayAsync(ct);
        var entry = await ledger.PostAsync(date, $"Frais d'ouverture {account.Number}", JournalSource.OpeningFee,
        [
            JournalLine.DebitOf(clearingGlAccountId ?? await ledger.AccountForAsync(channel, ct), product.OpeningFee),
            JournalLine.CreditOf(product.FeeIncomeGlAccountId, product.OpeningFee),
        ], ct);
        account.RecordOpeningFee(product.OpeningFee, channel, entry.Id);
        return entry;
    }

    /// <summary>
    /// Reverses the journal entry behind a movement, and with it every movement it carried (both sides of a transfer).
    /// Refused when it would leave an account below zero.
    /// </summary>
    public async Task<IReadOnlyList<AccountTransaction>> ReverseAsync(Guid transactionId, string reason, CancellationToken ct)
    {
        var target = await db.AccountTransactions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == transactionId, ct)
            ?? throw new NotFoundException("Transaction", transactionId);
        var accountIds = await db.AccountTransactions.Where(t => t.JournalEntryId == target.JournalEntryId).Select(t => t.AccountId).ToListAsync(ct);
        var accounts = (await locks.LockAccountsAsync(accountIds, ct)).ToDictionary(a => a.Id);
        // Read again under the locks: a concurrent reversal of the same entry has committed or not by now.
        var movements = await db.AccountTransactions.Where(t => t.JournalEntryId == target.JournalEntryId).ToListAsync(ct);
        var reversal = await ledger.ReverseAsync(target.JournalEntryId, reason, ct);
        var date = reversal.ValueDate;
        var now = clock.GetUtcNow();

        var results = new List<AccountTransaction>();
        foreach (var movement in movements.OrderBy(m => m.IsCredit))
        {
            movement.MarkReversed(user.UserId, reason, now);
            var account = accounts[movement.AccountId];
            var sequence = movement.IsCredit ? account.Debit(movement.Amount, date, floor: 0) : account.Credit(movement.Amount, date);
            results.Add(await RecordAsync(account, sequence, TransactionType.Reversal, movement.Amount, !movement.IsCredit, date,
                movement.Channel, reason, reversal, ct, movement.CounterpartAccountId, movement.Id, save: false, category: movement.CategoryId));
        }
        await unitOfWork.SaveChangesAsync(ct);
        return results;
    }

    /// <summary>The account's product, shared from the cache: read it, do not change it.</summary>
    public Task<DepositProduct> ProductAsync(DepositAccount account, CancellationToken ct) =>
        cache.GetAsync(account.InstitutionId, account.ProductId, c => db.DepositProducts.AsNoTracking().FirstAsync(p => p.Id == account.ProductId, c), ct);

    private async Task<AccountTransaction> RecordAsync(
        DepositAccount account, long sequence, TransactionType type, decimal amount, bool isCredit, DateOnly date,
        Channel? channel, string? reference, JournalEntry entry, CancellationToken ct,
        Guid? counterpart = null, Guid? reverses = null, bool save = true, Guid? category = null)
    {
        var transaction = new AccountTransaction(account, sequence, type, amount, isCredit, account.Balance, date,
            channel, reference, entry.Id, user.UserId, clock.GetUtcNow(), counterpart, reverses, category);
        rows.Add(transaction);
        if (save) await unitOfWork.SaveChangesAsync(ct);
        return transaction;
    }
}
