using Microfinance.Application.Reporting;
using Microfinance.Domain.Reporting;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// A printable report: A4 landscape, the title, institution, filters and generation lines, the French headers on every
/// page, money as "150 000 FCFA", the totals at the end and "Page n / N" at the foot. A PDF is for reading: its rows
/// are capped (<see cref="MaxRows"/>); CSV and XLSX take any number.
/// </summary>
public sealed class PdfReportWriter : IReportWriter
{
    private const double Margin = 36, LineHeight = 13, Padding = 3;

    private static readonly XFont TitleFont = PdfText.Font(14, bold: true), HeaderFont = PdfText.Font(8, bold: true),
        BodyFont = PdfText.Font(8, bold: false);

    public ReportFormat Format => ReportFormat.Pdf;
    public string ContentType => ReportFormats.ContentTypes[ReportFormat.Pdf];
    public string Extension => "pdf";
    public int? MaxRows => 20_000;

    public async Task<long> WriteAsync(Stream output, ReportDocument document, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.InstitutionName;
        var page = new PageWriter(pdf, document);
        page.Start(first: true);
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            page.Row([.. row.Select((value, i) => ReportCells.Text(value, document.Columns[i].Kind, document.CurrencyLabel))], BodyFont);
            count++;
        }
        page.Totals();
        page.Finish();
        pdf.Save(output, closeStream: false);
        return count;
    }

    /// <summary>Lays rows down a page and starts a new page, headers repeated, when one is full.</summary>
    private sealed class PageWriter(PdfDocument pdf, ReportDocument document)
    {
        private XGraphics _graphics = null!;
        private double _y, _width, _height;
        private double[] _columns = [];

        public void Start(bool first)
        {
            _graphics?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Landscape;
            _graphics = XGraphics.FromPdfPage(page);
            _width = page.Width.Point - 2 * Margin;
            _height = page.Height.Point - Margin;
            _y = Margin;
            if (first)
            {
                Line(document.Title, TitleFont, 20);
                Line($"{document.InstitutionName} — édité le {document.GeneratedAt:dd/MM/yyyy HH:mm} par {document.GeneratedBy}", BodyFont, LineHeight);
                foreach (var filter in document.FilterLines) Line(filter, BodyFont, LineHeight);
                _y += LineHeight / 2;
                _columns = PdfText.ColumnWidths(document.Columns, _width);
            }
            Row([.. document.Columns.Select(c => c.Title)], HeaderFont);
            _graphics.DrawLine(XPens.Black, Margin, _y, Margin + _width, _y);
        }

        public void Row(IReadOnlyList<string> cells, XFont font)
        {
            if (_y + LineHeight > _height - LineHeight) Start(first: false);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var right = document.Columns[i].Kind != ColumnKind.Text && font != HeaderFont;
                var box = new XRect(x + Padding, _y, _columns[i] - 2 * Padding, LineHeight);
                _graphics.DrawString(PdfText.Fit(_graphics, cells[i], font, box.Width), font, XBrushes.Black, box, right ? XStringFormats.TopRight : XStringFormats.TopLeft);
                x += _columns[i];
            }
            _y += LineHeight;
        }

        public void Totals()
        {
            if (document.Totals.Count == 0) return;
            _y += LineHeight / 2;
            foreach (var total in document.Totals)
            {
                if (_y + LineHeight > _height - LineHeight) Start(first: false);
                Line($"{total.Label}\u00A0: {ReportCells.Total(total, document.CurrencyLabel)}", HeaderFont, LineHeight);
            }
        }

        /// <summary>"Page n / N" on every page, once N is known.</summary>
        public void Finish()
        {
            _graphics.Dispose();
            PdfText.Footers(pdf, BodyFont, Margin, LineHeight);
        }

        private void Line(string text, XFont font, double height)
        {
            _graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, _width, height), XStringFormats.TopLeft);
            _y += height;
        }
    }
}
