namespace Microfinance.Application.Reporting.Documents;

/// <summary>Renders a <see cref="PrintedDocument"/> as a PDF (the reports' fonts and figures: Infrastructure/Reporting).</summary>
public interface IDocumentWriter
{
    byte[] Write(PrintedDocument document, DocumentStamp stamp);
}
