using AfterSales.Application.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace AfterSales.Infrastructure.Printing;

/// <summary>
/// Draws a <see cref="FormDocument"/> with PDFsharp in the bundled Noto Sans TC: a header with the form's
/// number, title and unit; the blocks top to bottom; tables that run onto further pages with their
/// headings repeated; a footer with the print time and "page n of N" on every page.
/// </summary>
internal sealed class PdfFormRenderer : IFormRenderer
{
    private const double Gap = 6;
    private static readonly XColor Rule = XColor.FromArgb(90, 90, 90);
    private static readonly XSolidBrush Grey = new(XColor.FromArgb(96, 96, 96));
    private static readonly XSolidBrush Shade = new(XColor.FromArgb(235, 235, 235));

    static PdfFormRenderer() => FormFonts.Install();

    public byte[] Render(FormDocument form)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{form.FormNumber} {form.Title.Zh} {form.Title.En}".Trim();
        document.Info.Creator = "AfterSales";
        var canvas = new Canvas(document, form);
        foreach (var block in form.Blocks)
        {
            switch (block)
            {
                case FieldGrid grid:
                    canvas.Fields(grid);
                    break;
                case FormTable table:
                    canvas.Table(table);
                    break;
                case Paragraphs paragraphs:
                    canvas.Paragraphs(paragraphs);
                    break;
                case SignatureRow signatures:
                    canvas.Signatures(signatures);
                    break;
                case NumberTag tag:
                    canvas.NumberTag(tag);
                    break;
                default:
                    throw new NotSupportedException($"No drawing for {block.GetType().Name}.");
            }
        }

        canvas.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>The page being drawn on and where the next block starts; opens a new page when one is full.</summary>
    private sealed class Canvas
    {
        private readonly PdfDocument _document;
        private readonly FormDocument _form;
        private readonly double _margin;
        private readonly double _scale;
        private readonly XFont _text;
        private readonly XFont _bold;
        private readonly XFont _cell;
        private readonly XFont _small;
        private readonly XFont _smallBold;
        private XGraphics _graphics = null!;
        private PdfPage _page = null!;
        private double _y;

        public Canvas(PdfDocument document, FormDocument form)
        {
            _document = document;
            _form = form;
            _scale = form.Paper == FormPaper.Tag ? 0.8 : 1;
            _margin = form.Paper == FormPaper.Tag ? 16 : 36;
            _text = FormFonts.Regular(10 * _scale);
            _bold = FormFonts.Bold(10 * _scale);
            _cell = FormFonts.Regular(8 * _scale);
            _small = FormFonts.Regular(6 * _scale);
            _smallBold = FormFonts.Bold(7.5 * _scale);
            NewPage();
        }

        private double Width => _page.Width.Point - (2 * _margin);

        private double Bottom => _page.Height.Point - _margin - (14 * _scale);

        /// <summary>The height of a label: its Chinese line and its English line beneath.</summary>
        private double LabelHeight => LineHeight(_smallBold) + LineHeight(_small);

        public void Fields(FieldGrid grid)
        {
            var columns = Math.Max(1, grid.Columns);
            var cell = Width / columns;
            foreach (var row in grid.Fields.Chunk(columns))
            {
                var lines = row.Select(f => Wrap(f.Value, _text, cell - 8)).ToList();
                var height = 3 + LabelHeight + (Math.Max(1, lines.Max(l => l.Count)) * LineHeight(_text)) + 3;
                Room(height);
                for (var i = 0; i < row.Length; i++)
                {
                    var x = _margin + (i * cell);
                    _graphics.DrawRectangle(new XPen(Rule, 0.5), x, _y, cell, height);
                    DrawLabel(row[i].Label, x + 4, _y + 3, cell - 8);
                    DrawLines(lines[i], _text, x + 4, _y + 3 + LabelHeight);
                }

                _y += height;
            }

            _y += Gap;
        }

        public void Table(FormTable table)
        {
            var total = table.Columns.Sum(c => c.Width);
            var widths = table.Columns.Select(c => Width * c.Width / total).ToArray();
            var headingHeight = LabelHeight + 6;
            Room(LabelHeight + headingHeight + (2 * LineHeight(_cell)));
            DrawLabel(table.Caption, _margin, _y, Width);
            _y += LabelHeight + 2;
            Heading(table, widths, headingHeight);
            IEnumerable<IReadOnlyList<string>> rows = table.Rows.Count > 0 ? table.Rows : [["（無 None）", .. Enumerable.Repeat(string.Empty, widths.Length - 1)]];
            foreach (var row in rows)
            {
                var cells = row.Select((value, i) => Wrap(value, _cell, widths[i] - 6)).ToList();
                var height = (Math.Max(1, cells.Max(c => c.Count)) * LineHeight(_cell)) + 5;
                if (_y + height > Bottom)
                {
                    NewPage();
                    Heading(table, widths, headingHeight);
                }

                var x = _margin;
                for (var i = 0; i < widths.Length; i++)
                {
                    _graphics.DrawRectangle(new XPen(Rule, 0.5), x, _y, widths[i], height);
                    DrawLines(cells[i], _cell, x + 3, _y + 2.5);
                    x += widths[i];
                }

                _y += height;
            }

            _y += Gap * 1.5;
        }

        public void Paragraphs(Paragraphs paragraphs)
        {
            foreach (var paragraph in paragraphs.Items)
            {
                var lines = Wrap(paragraph, _text, Width);
                foreach (var line in lines)
                {
                    Room(LineHeight(_text));
                    _graphics.DrawString(line, _text, XBrushes.Black, new XPoint(_margin, _y), XStringFormats.TopLeft);
                    _y += LineHeight(_text) * 1.25;
                }

                _y += Gap;
            }
        }

        public void Signatures(SignatureRow row)
        {
            var height = 62 * _scale;
            Room(height + Gap);
            var width = Width / row.Boxes.Count;
            for (var i = 0; i < row.Boxes.Count; i++)
            {
                var box = row.Boxes[i];
                var x = _margin + (i * width);
                _graphics.DrawRectangle(new XPen(Rule, 0.5), x, _y, width, height);
                DrawLabel(box.Role, x + 4, _y + 3, width - 8);
                if (!string.IsNullOrEmpty(box.SignedBy))
                {
                    _graphics.DrawString(Fit(box.SignedBy, _bold, width - 12), _bold, XBrushes.Black, new XPoint(x + 6, _y + 5 + LabelHeight), XStringFormats.TopLeft);
                }

                if (!string.IsNullOrEmpty(box.SignedAt))
                {
                    _graphics.DrawString(box.SignedAt, _cell, Grey, new XPoint(x + 6, _y + 5 + LabelHeight + LineHeight(_bold)), XStringFormats.TopLeft);
                }

                _graphics.DrawLine(new XPen(Rule, 0.5), x + 6, _y + height - (8 * _scale), x + width - 6, _y + height - (8 * _scale));
            }

            _y += height + Gap;
        }

        /// <summary>The number as large as the tag allows, with its QR code beside it, to be read across the workshop.</summary>
        public void NumberTag(NumberTag tag)
        {
            const double code = 84;
            Room(code + Gap);
            var number = FormFonts.Bold(18);
            var numberWidth = Width - code - Gap;
            var lines = Wrap(tag.Number, number, numberWidth);
            var y = _y + ((code - (lines.Count * LineHeight(number))) / 2);
            foreach (var line in lines)
            {
                _graphics.DrawString(line, number, XBrushes.Black, new XPoint(_margin, y), XStringFormats.TopLeft);
                y += LineHeight(number);
            }

            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(tag.Number, QRCodeGenerator.ECCLevel.M);
            var matrix = data.ModuleMatrix;
            var module = code / matrix.Count;
            var left = _margin + Width - code;
            for (var r = 0; r < matrix.Count; r++)
            {
                for (var c = 0; c < matrix[r].Count; c++)
                {
                    if (matrix[r][c])
                    {
                        _graphics.DrawRectangle(XBrushes.Black, left + (c * module), _y + (r * module), module + 0.05, module + 0.05);
                    }
                }
            }

            _y += code + Gap;
        }

        /// <summary>Footers go on last, when the number of pages is known; a voided record is stamped on every page.</summary>
        public void Finish()
        {
            _graphics.Dispose();
            var count = _document.PageCount;
            for (var i = 0; i < count; i++)
            {
                var page = _document.Pages[i];
                using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var footer = $"列印 Printed {_form.PrintedAt}    第 {i + 1} / {count} 頁 Page {i + 1} of {count}";
                graphics.DrawString(footer, _small, Grey, new XPoint(_margin, page.Height.Point - _margin), XStringFormats.BottomLeft);
                if (_form.Void)
                {
                    Stamp(graphics, page);
                }
            }
        }

        private static void Stamp(XGraphics graphics, PdfPage page)
        {
            var state = graphics.Save();
            graphics.TranslateTransform(page.Width.Point / 2, page.Height.Point / 2);
            graphics.RotateTransform(-35);
            var font = FormFonts.Bold(72);
            var brush = new XSolidBrush(XColor.FromArgb(110, 200, 0, 0));
            graphics.DrawString("作廢 VOID", font, brush, new XPoint(0, 0), XStringFormats.Center);
            graphics.Restore(state);
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            _page = _document.AddPage();
            if (_form.Paper == FormPaper.Tag)
            {
                // A6, 105 × 148 mm: a tag that hangs on the product.
                _page.Width = XUnit.FromMillimeter(105);
                _page.Height = XUnit.FromMillimeter(148);
            }
            else
            {
                _page.Size = PdfSharp.PageSize.A4;
                _page.Orientation = _form.Paper == FormPaper.A4Landscape ? PdfSharp.PageOrientation.Landscape : PdfSharp.PageOrientation.Portrait;
            }
            _graphics = XGraphics.FromPdfPage(_page);
            _y = _margin;
            Header();
        }

        private void Header()
        {
            var title = FormFonts.Bold(16 * _scale);
            if (!string.IsNullOrEmpty(_form.FormNumber))
            {
                _graphics.DrawString(_form.FormNumber, _small, Grey, new XPoint(_margin, _y), XStringFormats.TopLeft);
            }

            _graphics.DrawString(_form.UnitName, _small, Grey, new XPoint(_margin + Width, _y), XStringFormats.TopRight);
            _y += 10 * _scale;
            _graphics.DrawString(_form.Title.Zh, title, XBrushes.Black, new XPoint(_margin + (Width / 2), _y), XStringFormats.TopCenter);
            _y += LineHeight(title);
            _graphics.DrawString(_form.Title.En, _small, Grey, new XPoint(_margin + (Width / 2), _y), XStringFormats.TopCenter);
            _y += 12 * _scale;
            _graphics.DrawLine(new XPen(Rule, 1), _margin, _y, _margin + Width, _y);
            _y += Gap;
        }

        private void Heading(FormTable table, double[] widths, double height)
        {
            var x = _margin;
            for (var i = 0; i < widths.Length; i++)
            {
                _graphics.DrawRectangle(new XPen(Rule, 0.5), Shade, x, _y, widths[i], height);
                DrawLabel(table.Columns[i].Heading, x + 3, _y + 3, widths[i] - 6);
                x += widths[i];
            }

            _y += height;
        }

        /// <summary>A label as the company's forms print it: the Chinese in bold, the English small beneath.</summary>
        private void DrawLabel(Label label, double x, double y, double width)
        {
            _graphics.DrawString(Fit(label.Zh, _smallBold, width), _smallBold, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
            _graphics.DrawString(Fit(label.En, _small, width), _small, Grey, new XPoint(x, y + LineHeight(_smallBold)), XStringFormats.TopLeft);
        }

        private void DrawLines(IReadOnlyList<string> lines, XFont font, double x, double y)
        {
            foreach (var line in lines)
            {
                _graphics.DrawString(line, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
                y += LineHeight(font);
            }
        }

        private void Room(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        /// <summary>Noto's line (ascent plus descent) is generous for a ruled form; a little less keeps rows tight and still clear.</summary>
        private static double LineHeight(XFont font) => font.GetHeight() * 0.92;

        private string Fit(string text, XFont font, double width)
        {
            if (_graphics.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text;
            while (cut.Length > 1 && _graphics.MeasureString(cut + "…", font).Width > width)
            {
                cut = cut[..^1];
            }

            return cut + "…";
        }

        /// <summary>
        /// Breaks text into lines that fit: Latin words stay whole where they can, Chinese breaks between
        /// any two characters (it has no spaces), a line break in the value starts a new line.
        /// </summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
            {
                var line = string.Empty;
                foreach (var token in Tokens(paragraph))
                {
                    var candidate = line + token;
                    if (_graphics.MeasureString(candidate, font).Width <= width || line.Length == 0 && token.Length == 1)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line.TrimEnd());
                        line = string.Empty;
                    }

                    foreach (var character in token.TrimStart())
                    {
                        if (line.Length > 0 && _graphics.MeasureString(line + character, font).Width > width)
                        {
                            lines.Add(line);
                            line = string.Empty;
                        }

                        line += character;
                    }
                }

                lines.Add(line.TrimEnd());
            }

            return lines;
        }

        private static IEnumerable<string> Tokens(string text)
        {
            var word = new System.Text.StringBuilder();
            foreach (var character in text)
            {
                var breaksAlone = character == ' ' || character > '\u2E7F';
                if (breaksAlone)
                {
                    if (word.Length > 0)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }

                    yield return character.ToString();
                }
                else
                {
                    word.Append(character);
                }
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
            }
        }
    }
}
