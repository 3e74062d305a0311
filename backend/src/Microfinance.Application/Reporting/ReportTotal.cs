namespace Microfinance.Application.Reporting;

/// <summary>
/// A figure over the whole filtered set (not just the page shown), e.g. the balances' sum or a bucket's amount;
/// <see cref="Key"/> names it for a program when the report promises it (a balance sheet's <c>totalAssets</c>).
/// </summary>
public sealed record ReportTotal(string Label, decimal Value, ColumnKind Kind, string? Key = null);
