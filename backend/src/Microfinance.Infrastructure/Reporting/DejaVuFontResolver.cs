using PdfSharp.Fonts;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// PDFsharp finds no system fonts on Linux: it is given DejaVu Sans, from Debian's fonts-dejavu-core (installed by
/// .ci/run and the Dockerfile), which has every French letter and the non-breaking spaces of "150 000 FCFA".
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Once = new();
    private static bool _installed;

    /// <summary>PDFsharp takes one resolver per process, before its first font.</summary>
    public static void Install()
    {
        lock (Once)
        {
            if (_installed) return;
            GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(Folder, faceName + ".ttf");
        return File.Exists(path) ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The PDF font {path} is missing: apt-get install fonts-dejavu-core.", path);
    }
}
