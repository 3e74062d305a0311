using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// A printable document on A4 portrait, with the reports' fonts and figures (<see cref="PdfText"/>, <see cref="ReportCells"/>):
/// the institution and branch, the title, each section — labelled fields (long values wrap), or a table whose headers
/// repeat on every page it runs onto, then its totals — the signature boxes side by side, and at the foot of every page
/// who printed it and when, and "Page n / N".
/// </summary>
public sealed class PdfDocumentWriter : IDocumentWriter
{
    private const double Margin = 40, LineHeight = 14, Padding = 3, SignatureHeight = 72, Gap = 12;

    private static readonly XFont InstitutionFont = PdfText.Font(11, bold: true), TitleFont = PdfText.Font(16, bold: true),
        HeadingFont = PdfText.Font(10, bold: true), BodyFont = PdfText.Font(9, bold: false), StrongFont = PdfText.Font(9, bold: true),
        SmallFont = PdfText.Font(7.5, bold: false);

    public byte[] Write(PrintedDocument document, DocumentStamp stamp)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = stamp.InstitutionName;
        var page = new PageWriter(pdf, stamp.CurrencyLabel);
        page.Text(stamp.InstitutionName, InstitutionFont);
        if (document.BranchName is { } branch) page.Text($"Agence\u00A0: {branch}", BodyFont);
        page.Space(Gap / 2);
        page.Text(document.Title, TitleFont, 24);
        page.Rule();
        foreach (var section in document.Sections)
        {
            page.Space(Gap / 2);
            if (section.Heading is { } heading) page.Text(heading, HeadingFont, LineHeight + 4);
            switch (section)
            {
                case DocumentFields fields:
                    foreach (var field in fields.Fields) page.Field(field);
                    break;
                case DocumentTable table:
                    page.Table(table);
                    break;
            }
        }
        page.Signatures(document.Signatures);
        page.Close();
        PdfText.Footers(pdf, SmallFont, Margin, LineHeight, $"Imprimé le {stamp.LocalAt:dd/MM/yyyy} à {stamp.LocalAt:HH:mm} par {stamp.By}");
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Lays the document down the page, starting a new page when the next line would not fit.</summary>
    private sealed class PageWriter
    {
        private readonly PdfDocument _pdf;
        private readonly string _currency;
        private XGraphics _graphics = null!;
        private double _y, _width, _bottom;

        public PageWriter(PdfDocument pdf, string currency)
        {
            _pdf = pdf;
            _currency = currency;
            NewPage();
        }

        public void Text(string text, XFont font, double height = LineHeight)
        {
            Room(height);
            _graphics.DrawString(PdfText.Fit(_graphics, text, font, _width), font, XBrushes.Black, new XRect(Margin, _y, _width, height), XStringFormats.TopLeft);
            _y += height;
        }

        public void Space(double height) => _y += height;

        public void Rule()
        {
            _graphics.DrawLine(XPens.Black, Margin, _y, Margin + _width, _y);
            _y += 4;
        }

        /// <summary>"Label" on the left, its value on the right of it, wrapped over as many lines as it needs.</summary>
        public void Field(DocumentField field)
        {
            var labelWidth = _width * 0.4;
            var value = ReportCells.Text(field.Value, field.Kind, _currency);
            var lines = Wrap(value.Length == 0 ? "—" : value, StrongFont, _width - labelWidth - Padding);
            Room(LineHeight * lines.Count);
            _graphics.DrawString(PdfText.Fit(_graphics, field.Label, BodyFont, labelWidth - Padding), BodyFont, XBrushes.DimGray,
                new XRect(Margin, _y, labelWidth - Padding, LineHeight), XStringFormats.TopLeft);
            foreach (var line in lines)
            {
                _graphics.DrawString(line, StrongFont, XBrushes.Black, new XRect(Margin + labelWidth, _y, _width - labelWidth, LineHeight), XStringFormats.TopLeft);
                _y += LineHeight;
            }
        }

        public void Table(DocumentTable table)
        {
            var widths = PdfText.ColumnWidths(table.Columns, _width);
            Room(LineHeight * 2);
            Headers(table, widths);
            foreach (var row in table.Rows)
            {
                if (_y + LineHeight > _bottom)
                {
                    NewPage();
                    Headers(table, widths);
                }
                Row(table, widths, [.. row.Select((value, i) => ReportCells.Text(value, table.Columns[i].Kind, _currency))], BodyFont);
            }
            if (table.Rows.Count == 0) Text("Aucune ligne.", BodyFont);
            if (table.Totals.Count == 0) return;
            _y += 4;
            foreach (var total in table.Totals)
                Text($"{total.Label}\u00A0: {ReportCells.Total(total, _currency)}", StrongFont);
        }

        /// <summary>One box per signatory, side by side, kept together on one page.</summary>
        public void Signatures(IReadOnlyList<string> signatories)
        {
            if (signatories.Count == 0) return;
            _y += Gap;
            Room(SignatureHeight + LineHeight);
            var width = (_width - Gap * (signatories.Count - 1)) / signatories.Count;
            for (var i = 0; i < signatories.Count; i++)
            {
                var x = Margin + i * (width + Gap);
                _graphics.DrawRectangle(XPens.Gray, x, _y, width, SignatureHeight);
                _graphics.DrawString(signatories[i], StrongFont, XBrushes.Black, new XRect(x + Padding, _y + Padding, width - 2 * Padding, LineHeight), XStringFormats.TopLeft);
                _graphics.DrawString("Signature", SmallFont, XBrushes.Gray,
                    new XRect(x + Padding, _y + SignatureHeight - LineHeight, width - 2 * Padding, LineHeight), XStringFormats.TopLeft);
            }
            _y += SignatureHeight;
        }

        public void Close() => _graphics.Dispose();

        private void Headers(DocumentTable table, double[] widths)
        {
            Row(table, widths, [.. table.Columns.Select(c => c.Title)], StrongFont);
            _graphics.DrawLine(XPens.Black, Margin, _y, Margin + _width, _y);
        }

        private void Row(DocumentTable table, double[] widths, IReadOnlyList<string> cells, XFont font)
        {
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var right = table.Columns[i].Kind != ColumnKind.Text;
                var box = new XRect(x + Padding, _y, widths[i] - 2 * Padding, LineHeight);
                _graphics.DrawString(PdfText.Fit(_graphics, cells[i], font, box.Width), font, XBrushes.Black, box, right ? XStringFormats.TopRight : XStringFormats.TopLeft);
                x += widths[i];
            }
            _y += LineHeight;
        }

        private void Room(double height)
        {
            if (_y + height > _bottom) NewPage();
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            var page = _pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            _graphics = XGraphics.FromPdfPage(page);
            _width = page.Width.Point - 2 * Margin;
            _bottom = page.Height.Point - Margin - LineHeight;
            _y = Margin;
        }

        /// <summary>The words of <paramref name="text"/> in lines no wider than <paramref name="width"/> (a word too long is cut).</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
            return [.. lines.Select(l => PdfText.Fit(_graphics, l, font, width))];
        }
    }
}
