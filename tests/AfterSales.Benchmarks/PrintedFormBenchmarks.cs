using AfterSales.Application.Printing;
using AfterSales.Infrastructure.Printing;
using BenchmarkDotNet.Attributes;

namespace AfterSales.Benchmarks;

/// <summary>
/// Drawing a printed form (the PDF alone; the records behind it are read as for the JSON answer): a
/// one-page pickup receipt, a repair card tag with its QR code, and a call register of 500 calls.
/// The font is parsed once per process, in the setup, as a running API does on its first print.
/// </summary>
[MemoryDiagnoser]
public class PrintedFormBenchmarks
{
    private readonly PdfFormRenderer _renderer = new();
    private FormDocument _receipt = null!;
    private FormDocument _tag = null!;
    private FormDocument _register = null!;

    [GlobalSetup]
    public void Setup()
    {
        _receipt = new FormDocument("服表003", new Label("客戶商品領取收據", "Customer's pickup receipt"), "台北服務中心 (TPE)", FormPaper.A4Portrait,
        [
            new FieldGrid([
                new FormField(new Label("收據號碼", "Receipt number"), "TPE-R2026-000123"),
                new FormField(new Label("客戶", "Customer"), "林美華"),
                new FormField(new Label("地址", "Address"), "台北市中山北路二段 12 號 5 樓"),
                new FormField(new Label("商品型號", "Model"), "AC-900"),
            ]),
            new Paragraphs(["本收據為領取商品之憑證，領取商品時請出示本收據；商品交還時收回本收據並予作廢。"]),
            new SignatureRow([new SignatureBox(new Label("技術員", "Technician"), "陳志明", "2026-11-27 10:30"), new SignatureBox(new Label("客戶簽認", "Customer"), "林美華", "2026-11-27 10:31")]),
        ], "receipt.pdf") { Void = true };
        _tag = new FormDocument("服表005", new Label("修護卡", "Repair card"), "台北服務中心 (TPE)", FormPaper.Tag,
        [
            new NumberTag("TPE-K2026-000456"),
            new FieldGrid([new FormField(new Label("客戶", "Customer"), "林美華"), new FormField(new Label("型號 / 製號", "Model / serial"), "AC-900 / SN-0042")]),
        ], "tag.pdf");
        var rows = Enumerable.Range(1, 500).Select(i => (IReadOnlyList<string>)
            [$"TPE-2026-{i:D6}", "09:15", "林美華", "台北市中山北路二段 12 號\n02-2345-6789", "AC-900\nSN-0042", "不冷，壓縮機異音", "計費服務 Paid", "陳志明", "10:40", "已到達 Arrived"]).ToList();
        _register = new FormDocument("服表002", new Label("叫修登記簿", "Call register"), "台北服務中心 (TPE)", FormPaper.A4Landscape,
        [
            new FormTable(new Label("叫修記錄", "Calls received"), Enumerable.Range(0, 10).Select(i => new TableColumn(new Label("欄", "Column"), 1 + (i % 3))).ToList(), rows),
        ], "register.pdf");
        _renderer.Render(_receipt);
    }

    [Benchmark]
    public byte[] PickupReceipt() => _renderer.Render(_receipt);

    [Benchmark]
    public byte[] RepairCardTag() => _renderer.Render(_tag);

    [Benchmark]
    public byte[] CallRegisterOf500Calls() => _renderer.Render(_register);
}
