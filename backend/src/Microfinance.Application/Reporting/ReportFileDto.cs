namespace Microfinance.Application.Reporting;

/// <summary>A stored export, streamed to the caller as it is read.</summary>
public sealed record ReportFileDto(string FileName, string ContentType, Stream Content);
