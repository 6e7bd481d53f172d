namespace AfterSales.Application.Printing;

/// <summary>Draws a form as a PDF; the layout decisions are the form's, the drawing is the renderer's.</summary>
public interface IFormRenderer
{
    byte[] Render(FormDocument form);
}
