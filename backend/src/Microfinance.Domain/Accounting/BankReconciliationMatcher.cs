namespace Microfinance.Domain.Accounting;

/// <summary>
/// Pairs unmatched statement lines with unmatched journal lines of the same bank GL account, one to one: the same signed
/// amount, a value date within <see cref="DateWindowDays"/> days of the statement's date. A candidate whose entry
/// mentions the statement's reference wins first (a first pass over the lines that have one); then the nearest date,
/// then the oldest entry. Statement lines are taken in date order, then as given: the same input gives the same pairs.
/// The workbench shows these pairs as suggestions; auto-match records them.
/// </summary>
public static class BankReconciliationMatcher
{
    public const int DateWindowDays = 3;

    public static IReadOnlyList<BankMatch> Match(IEnumerable<BankMatchSubject> lines, IEnumerable<BankMatchCandidate> candidates)
    {
        var ordered = lines.Select((line, index) => (line, index)).OrderBy(x => x.line.Date).ThenBy(x => x.index).Select(x => x.line).ToList();
        var free = candidates.ToList();
        var matches = new Dictionary<Guid, BankMatch>();

        void Pass(bool byReference)
        {
            foreach (var line in ordered.Where(l => !matches.ContainsKey(l.StatementLineId)))
            {
                var best = free
                    .Where(c => c.Movement == line.Amount && Math.Abs(c.ValueDate.DayNumber - line.Date.DayNumber) <= DateWindowDays)
                    .Where(c => !byReference || c.Mentions(line.Reference))
                    .OrderBy(c => Math.Abs(c.ValueDate.DayNumber - line.Date.DayNumber)).ThenBy(c => c.EntryNumber).ThenBy(c => c.JournalLineId)
                    .FirstOrDefault();
                if (best is null) continue;
                free.Remove(best);
                matches[line.StatementLineId] = new BankMatch(line.StatementLineId, best.JournalLineId, byReference);
            }
        }

        Pass(byReference: true);
        Pass(byReference: false);
        return ordered.Where(l => matches.ContainsKey(l.StatementLineId)).Select(l => matches[l.StatementLineId]).ToList();
    }
}
