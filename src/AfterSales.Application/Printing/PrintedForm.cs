namespace AfterSales.Application.Printing;

/// <summary>A rendered form: the PDF and the file name it is offered under.</summary>
public sealed record PrintedForm(byte[] Pdf, string FileName);
