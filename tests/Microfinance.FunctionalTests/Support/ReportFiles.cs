using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Microfinance.FunctionalTests.Support;

/// <summary>A report's files read back as a person or a spreadsheet would: the PDF's text, the XLSX's cells.</summary>
public static class ReportFiles
{
    /// <summary>Narrow and plain no-break spaces as spaces, so that "150 000 FCFA" reads the same in any case.</summary>
    public static string Normalised(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    /// <summary>The PDF's text as poppler's pdftotext reads it (poppler-utils, installed by .ci/run).</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The number format code of a cell of the workbook (e.g. <c>#,##0 "FCFA"</c>).</summary>
    public static string FormatCode(SpreadsheetDocument workbook, Cell cell)
    {
        var stylesheet = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
    }
}
