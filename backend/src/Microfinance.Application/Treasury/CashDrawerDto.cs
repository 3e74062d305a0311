using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>
/// A drawer session with the cash its holder recorded: <see cref="CashIn"/> and <see cref="CashOut"/> are the holder's
/// lines on the cash account while it was open (so far, for an open one), and <see cref="ExpectedCash"/> the float
/// plus in less out — for a closed session, as it was at the close.
/// </summary>
public sealed class CashDrawerDto
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? BranchId { get; set; }
    public string? BranchName { get; set; }
    public DateOnly BusinessDate { get; set; }
    public CashDrawerStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public decimal OpeningFloat { get; set; }
    public IReadOnlyList<DenominationCount> OpeningCounts { get; set; } = [];
    public decimal CashIn { get; set; }
    public decimal CashOut { get; set; }
    public decimal ExpectedCash { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public IReadOnlyList<DenominationCount>? ClosingCounts { get; set; }
    public decimal? CountedCash { get; set; }
    public decimal? Difference { get; set; }
    public long? DifferenceEntryNumber { get; set; }
    public string? ClosingNote { get; set; }
    public Guid? ValidatedBy { get; set; }
    public string? ValidatedByName { get; set; }
    public DateTimeOffset? ValidatedAt { get; set; }
}
