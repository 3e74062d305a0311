namespace Microfinance.Application.Reporting.Documents;

/// <summary>The one way a use case turns its <see cref="PrintedDocument"/> into the PDF file the API answers.</summary>
public sealed class DocumentPrinter(DocumentStamps stamps, IDocumentWriter writer)
{
    public async Task<ReportFileDto> PrintAsync(PrintedDocument document, CancellationToken cancellationToken)
    {
        var bytes = writer.Write(document, await stamps.NowAsync(cancellationToken));
        return new ReportFileDto(document.FileName + ".pdf", ReportFormats.ContentTypes[Domain.Reporting.ReportFormat.Pdf], new MemoryStream(bytes, writable: false));
    }
}
