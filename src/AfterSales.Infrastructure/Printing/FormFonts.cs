using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace AfterSales.Infrastructure.Printing;

/// <summary>
/// The one typeface of printed forms, Noto Sans TC, read from the assembly's resources (Printing/Fonts):
/// every family name PDFsharp asks for resolves to it, so no form depends on the fonts of the machine.
/// </summary>
internal sealed class FormFonts : IFontResolver
{
    public const string Family = "Noto Sans TC";
    private const string RegularFace = "NotoSansTC-Regular";
    private const string BoldFace = "NotoSansTC-Bold";
    private static readonly Lock Gate = new();

    /// <summary>PDFsharp's resolver is process-wide and may be set only once, before the first font is made.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not FormFonts)
            {
                GlobalFontSettings.FontResolver = new FormFonts();
            }
        }
    }

    public static XFont Regular(double size) => new(Family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public static XFont Bold(double size) => new(Family, size, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, false, italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(FormFonts).Assembly.GetManifestResourceStream($"AfterSales.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not among the assembly's resources.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
