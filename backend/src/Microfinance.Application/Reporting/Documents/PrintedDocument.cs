namespace Microfinance.Application.Reporting.Documents;

/// <summary>
/// A printable document — a statement, a receipt, a voucher, a client sheet, a loan offer — as the one renderer lays it
/// out (docs/reporting.md, Printable documents): the title, the branch under the institution's name, its sections of
/// labelled fields and tables in order, the signature boxes at the end. The institution, the date of printing and who
/// printed it come from the <see cref="DocumentStamp"/>. <see cref="FileName"/> is the file's name without ".pdf".
/// </summary>
public sealed record PrintedDocument(
    string FileName, string Title, string? BranchName, IReadOnlyList<DocumentSection> Sections, IReadOnlyList<string> Signatures);
