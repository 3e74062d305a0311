namespace Microfinance.Application.Reporting;

/// <summary>A figure over the whole filtered set (not just the page shown), e.g. the balances' sum or a bucket's amount.</summary>
public sealed record ReportTotal(string Label, decimal Value, ColumnKind Kind);
