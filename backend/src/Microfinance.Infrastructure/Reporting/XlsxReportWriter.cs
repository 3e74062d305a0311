using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microfinance.Application.Reporting;
using Microfinance.Domain.Reporting;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// One worksheet: the title, institution, filters and generation lines, the French headers, one row per report row
/// written as it comes (OpenXmlWriter, no document tree in memory), then the totals. Money and counts stay numbers,
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
        using var spreadsheet = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = spreadsheet.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet(document.CurrencyLabel);
        var sheet = workbook.AddNewPart<WorksheetPart>();
        long count = 0;
        using (var writer = OpenXmlWriter.Create(sheet))
        {
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
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Rapport" }));
        return count;
    }

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
