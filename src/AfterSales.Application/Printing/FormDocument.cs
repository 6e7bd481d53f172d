namespace AfterSales.Application.Printing;

/// <summary>A label as the company's paper forms print it: Traditional Chinese, with English beside it.</summary>
public readonly record struct Label(string Zh, string En);

/// <summary>The paper a form is printed on.</summary>
public enum FormPaper
{
    /// <summary>A4 upright: certificates, receipts, daily reports, notices, letters.</summary>
    A4Portrait,

    /// <summary>A4 on its side: the registers, whose lines are wide.</summary>
    A4Landscape,

    /// <summary>A6 upright (105 × 148 mm): the repair card (form 005), hung on the product.</summary>
    Tag,
}

/// <summary>
/// A printable form as the company's paper form lays it out, independent of how it is drawn: a title with
/// the form's number, the unit's name, then blocks from top to bottom. The renderer paginates tables and
/// repeats their heading on every page.
/// </summary>
public sealed record FormDocument(
    string FormNumber,
    Label Title,
    string UnitName,
    FormPaper Paper,
    IReadOnlyList<FormBlock> Blocks,
    string FileName)
{
    /// <summary>A voided record (a pickup receipt taken back, R12) prints VOID across every page.</summary>
    public bool Void { get; init; }

    /// <summary>When and in which zone the copy was printed, in its footer.</summary>
    public string PrintedAt { get; init; } = string.Empty;
}

/// <summary>One part of a form, from top to bottom.</summary>
public abstract record FormBlock;

/// <summary>Labelled values in a grid of boxes, as on a form's header.</summary>
public sealed record FieldGrid(IReadOnlyList<FormField> Fields, int Columns = 2) : FormBlock;

public sealed record FormField(Label Label, string Value);

/// <summary>A ruled table; its rows run onto further pages, each with the column headings again.</summary>
public sealed record FormTable(Label Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : FormBlock;

/// <summary>A column's heading and its share of the table's width.</summary>
public sealed record TableColumn(Label Heading, double Width);

/// <summary>Running text: a letter's or a notice's body, one paragraph per item.</summary>
public sealed record Paragraphs(IReadOnlyList<string> Items) : FormBlock;

/// <summary>Signature boxes side by side: who must sign, and the signature recorded, if any.</summary>
public sealed record SignatureRow(IReadOnlyList<SignatureBox> Boxes) : FormBlock;

public sealed record SignatureBox(Label Role, string? SignedBy, string? SignedAt);

/// <summary>A record's number printed large with a QR code of it, to be read across the workshop and scanned.</summary>
public sealed record NumberTag(string Number) : FormBlock;
