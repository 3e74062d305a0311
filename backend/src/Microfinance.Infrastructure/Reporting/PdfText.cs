using Microfinance.Application.Reporting;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// What the report PDFs and the printable documents share: DejaVu Sans, the room a column gets by what it holds,
/// a cell cut to its width, and the footer of every page ("Page n / N", once N is known).
/// </summary>
public static class PdfText
{
    public static XFont Font(double size, bool bold)
    {
        DejaVuFontResolver.Install();
        return new XFont(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }

    /// <summary>Each column's width out of <paramref name="width"/>, by what it holds: a name, "1 173 500 FCFA", a count.</summary>
    public static double[] ColumnWidths(IReadOnlyList<ReportColumn> columns, double width)
    {
        var weights = columns.Select(c => c.Kind switch { ColumnKind.Text => 2.0, ColumnKind.Money => 1.7, ColumnKind.Date => 1.3, _ => 0.9 }).ToArray();
        return [.. weights.Select(w => w / weights.Sum() * width)];
    }

    /// <summary>The text, cut with "…" when it is wider than <paramref name="width"/>.</summary>
    public static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        if (graphics.MeasureString(text, font).Width <= width) return text;
        var cut = text.Length;
        while (cut > 1 && graphics.MeasureString(text[..cut] + "…", font).Width > width) cut--;
        return text[..cut] + "…";
    }

    /// <summary>At the foot of every page: <paramref name="left"/> (if any) and "Page n / N" on the right.</summary>
    public static void Footers(PdfDocument pdf, XFont font, double margin, double lineHeight, string? left = null)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var box = new XRect(margin, page.Height.Point - margin + 8, page.Width.Point - 2 * margin, lineHeight);
            if (left is not null) graphics.DrawString(left, font, XBrushes.Gray, box, XStringFormats.TopLeft);
            graphics.DrawString($"Page {i + 1} / {pdf.PageCount}", font, XBrushes.Gray, box, XStringFormats.TopRight);
        }
    }
}
