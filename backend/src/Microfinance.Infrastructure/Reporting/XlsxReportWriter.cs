using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Microfinance.Application.Reporting;
using Microfinance.Domain.Reporting;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// One worksheet: the title, institution, filters and generation lines, the French headers, one row per report row
/// written as it comes (OpenXmlWriter, no document tree in memory, each part zipped as it is written), then the totals. Money and counts stay numbers,
/// shown as <c>150 000 FCFA</c> (a percentage as <c>12.50 %</c>) by the cell's number format; dates are dates.
/// </summary>
public sealed class XlsxReportWriter : IReportWriter
{
    // Cell formats of the stylesheet below, by index.
    private const uint Plain = 0, Bold = 1, MoneyStyle = 2, IntegerStyle = 3, DateStyle = 4, BoldMoney = 5, PercentStyle = 6, BoldPercent = 7;

    public ReportFormat Format => ReportFormat.Xlsx;
    public string ContentType => ReportFormats.ContentTypes[ReportFormat.Xlsx];
    public int? MaxRows => null;
    public string Extension => "xlsx";

    public async Task<long> WriteAsync(Stream output, ReportDocument document, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        // The package is zipped here, part after part, in create mode: the SDK's own package (System.IO.Packaging) keeps
        // every part in memory until it closes — 1.5 GB for a year's movements (bench/RESULTS.md step 10).
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await PartAsync(zip, "[Content_Types].xml", ContentTypes, cancellationToken);
        await PartAsync(zip, "_rels/.rels", PackageRelationships, cancellationToken);
        await PartAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships, cancellationToken);
        var workbook = new Workbook(new Sheets(new Sheet { Id = "rIdSheet", SheetId = 1, Name = "Rapport" }));
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        await PartAsync(zip, "xl/workbook.xml", workbook.OuterXml, cancellationToken);
        await PartAsync(zip, "xl/styles.xml", Stylesheet(document.CurrencyLabel).OuterXml, cancellationToken);

        long count = 0;
        await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new Columns(document.Columns.Select((c, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true, Width = c.Kind is ColumnKind.Text ? 28 : 18,
            })));
            writer.WriteStartElement(new SheetData());
            uint line = 0;
            void Write(params Cell[] cells) => writer.WriteElement(new Row(cells) { RowIndex = ++line });

            Write(Text(document.Title, Bold));
            Write(Text($"{document.InstitutionName} — édité le {document.GeneratedAt:dd/MM/yyyy HH:mm} par {document.GeneratedBy}"));
            foreach (var filter in document.FilterLines) Write(Text(filter));
            line++;
            Write([.. document.Columns.Select(c => Text(c.Title, Bold))]);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                Write([.. row.Select((value, i) => Value(value, document.Columns[i].Kind))]);
                count++;
            }
            line++;
            foreach (var total in document.Totals)
                Write(Text(total.Label, Bold), Number(total.Value, total.Kind switch { ColumnKind.Money => BoldMoney, ColumnKind.Percent => BoldPercent, _ => IntegerStyle }));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return count;
    }

    private static async Task PartAsync(ZipArchive zip, string name, string xml, CancellationToken ct)
    {
        await using var part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        await part.WriteAsync(Encoding.UTF8.GetBytes(xml), ct);
    }

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rIdWorkbook" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rIdSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
        """<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    private static Cell Value(object? value, ColumnKind kind) => value switch
    {
        null => new Cell(),
        DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = DateStyle },
        decimal m => Number(m, kind switch { ColumnKind.Money => MoneyStyle, ColumnKind.Percent => PercentStyle, _ => IntegerStyle }),
        int or long => Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture), IntegerStyle),
        _ => Text(value.ToString() ?? ""),
    };

    // Without the scale PostgreSQL's numeric carries (150000.0000): dividing by 1.000… drops the trailing zeros.
    private static Cell Number(decimal value, uint style) =>
        new() { CellValue = new CellValue(value / 1.000000000000000000000000000000000m), StyleIndex = style };

    private static Cell Text(string text, uint style = Plain) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Stylesheet Stylesheet(string currency) => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = $"#,##0 \"{currency}\"" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00\" %\"" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true, FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true, FontId = 1, ApplyFont = true }) { Count = 8 });
}
