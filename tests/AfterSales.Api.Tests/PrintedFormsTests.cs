using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Complaints;
using AfterSales.Application.RepairCards;
using AfterSales.Domain.Common;
using UglyToad.PdfPig;

namespace AfterSales.Api.Tests;

/// <summary>
/// The printed forms (服表001–007, the contract expiry notice, the complaint reply letter): each renders
/// for a real record as a PDF whose text, read back out of the file, carries the form's Traditional
/// Chinese title and the record's key fields; the register paginates; a voided receipt says so.
/// </summary>
public class PrintedFormsTests : ApiTest
{
    private RecordWorld _records = null!;

    /// <summary>The database is emptied before each test, so each starts from a unit with one record of every kind.</summary>
    [SetUp]
    public async Task Records() => _records = await RecordWorld.CreateAsync(await ClientAsAsync(Role.Admin), "PRT");

    [TearDown]
    public void Release() => _records.Dispose();

    private ServiceUnitWorld World => _records.World;

    [Test]
    public async Task Form_001_the_certificate_prints_its_product_customer_and_history()
    {
        var intake = await World.InWorkshopAsync(TimeSpan.FromDays(2));
        var text = await PdfTextAsync(World.Clerk, $"/api/v1/certificates/{intake.Call.CertificateId}/print");

        text.Should().Contain("服表001").And.Contain("服務憑證").And.Contain("Lin Mei-hua").And.Contain("AC-900")
            .And.Contain("叫修登記").And.Contain("攜回修護", "the history holds the workshop path");
    }

    [Test]
    public async Task Form_002_the_call_register_of_a_day_lists_every_call()
    {
        var text = await PdfTextAsync(World.Clerk, $"/api/v1/registers/calls/{World.Unit.Id}/2026-11-20/print");

        text.Should().Contain("服表002").And.Contain("叫修登記簿").And.Contain("2026-11-20").And.Contain("No cooling");
    }

    [Test]
    public async Task Form_003_the_pickup_receipt_prints_its_number_and_the_customers_signature()
    {
        var number = _records.PathValues["number"];
        var text = await PdfTextAsync(World.Technician, $"/api/v1/pickup-receipts/{Uri.EscapeDataString(number)}/print");

        text.Should().Contain("服表003").And.Contain("客戶商品領取收據").And.Contain(number).And.Contain("出示本收據")
            .And.Contain("Lin").And.NotContain("VOID");
    }

    [Test]
    public async Task Form_004_the_product_movement_register_prints_the_days_in_lines()
    {
        var today = ServiceUnitWorld.LocalToday;
        var text = await PdfTextAsync(World.Clerk, $"/api/v1/registers/product-movements/print?unitId={World.Unit.Id}&from={today}");

        text.Should().Contain("服表004").And.Contain("客戶商品進出登記簿").And.Contain(_records.PathValues["number"]).And.Contain("進");
    }

    [Test]
    public async Task Form_005_the_repair_card_is_a_tag_with_its_number()
    {
        var card = await ServiceUnitWorld.ReadAsAsync<RepairCardDto>(await World.Clerk.GetAsync($"/api/v1/repair-cards/{_records.PathValues["cardId"]}"), HttpStatusCode.OK);
        var pdf = await PdfAsync(World.Technician, $"/api/v1/repair-cards/{card.Id}/print");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        page.Width.Should().BeApproximately(297.6, 1, "an A6 tag, 105 mm wide");
        page.Height.Should().BeApproximately(419.5, 1, "148 mm high");
        page.Text.Should().Contain("服表005").And.Contain("修護卡").And.Contain(card.Number).And.Contain("AC-900");
    }

    [Test]
    public async Task Form_006_the_technician_daily_report_prints_the_hours_by_type()
    {
        // The call came in yesterday; its work counts on the day it was finished: today.
        await World.FinishedOnSiteYesterdayAsync(World.TechnicianId, World.Technician, "10:00", 1.5m);
        var day = ServiceUnitWorld.LocalToday;

        var text = await PdfTextAsync(World.Supervisor, $"/api/v1/reports/technician-daily/print?technicianId={World.TechnicianId}&date={day}");

        text.Should().Contain("服表006").And.Contain("技術員工作日報表").And.Contain(day).And.Contain("1.5").And.Contain("現場服務");
    }

    [Test]
    public async Task Form_007_the_supervisor_daily_report_prints_the_days_figures_and_signature_boxes()
    {
        var text = await PdfTextAsync(World.Supervisor, $"/api/v1/reports/supervisor-daily/print?unitId={World.Unit.Id}&date=2026-11-20");

        text.Should().Contain("服表007").And.Contain("服務主任工作日報表").And.Contain("經理核閱").And.Contain("服務部查核").And.Contain("叫修");
    }

    [Test]
    public async Task The_contract_expiry_notice_is_a_letter_naming_the_contract_and_its_end()
    {
        var text = await PdfTextAsync(World.Clerk, $"/api/v1/contract-expiry-notices/{_records.PathValues["noticeId"]}/print");

        text.Should().Contain("保養到期通知書").And.Contain("2026-12-31").And.Contain("續約").And.Contain("Lin Mei-hua");
    }

    [Test]
    public async Task The_reply_letter_prints_the_reply_by_letter_and_is_refused_before_there_is_one()
    {
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var (customer, _) = await World.CustomerWithProductAsync();
        var complaint = await ServiceUnitWorld.ReadAsAsync<ComplaintDto>(
            await serviceDepartment.PostAsJsonAsync("/api/v1/complaints", new { source = "Letter", customerId = customer.Id, words = "修好又壞了。" }, Json), HttpStatusCode.Created);
        (await RuleAsync(serviceDepartment.GetAsync($"/api/v1/complaints/{complaint.Id}/print"), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ComplaintHasAReplyLetter");

        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/triage", new { severity = "General" }, Json), HttpStatusCode.OK);
        var now = ApiTestRun.Api.Clock.GetUtcNow();
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/reply", new { channel = "Letter", content = "已派員更換壓縮機，並延長保固三個月。", repliedAt = now }, Json), HttpStatusCode.OK);

        var text = await PdfTextAsync(World.Clerk, $"/api/v1/complaints/{complaint.Id}/print");

        text.Should().Contain("函告").And.Contain(complaint.Number).And.Contain("修好又壞了").And.Contain("已派員更換壓縮機");
    }

    [Test]
    public async Task A_register_of_500_calls_runs_onto_further_pages_with_every_call_on_them()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "PRB");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            numbers.Add((await world.RegisterCallAsync(customer.Id, certificate.Id, $"2026-11-19T{8 + (i / 60):00}:{i % 60:00}:00+08:00")).Number);
        }

        var pdf = await PdfAsync(world.Clerk, $"/api/v1/registers/calls/{world.Unit.Id}/2026-11-19/print");

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.Should().BeGreaterThan(20);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        numbers.Should().OnlyContain(n => text.Contains(n, StringComparison.Ordinal));
        document.GetPages().Should().OnlyContain(p => p.Text.Contains("叫修登記簿", StringComparison.Ordinal) && p.Text.Contains("編號", StringComparison.Ordinal),
            "every page carries the form's title and the column headings");
        document.GetPage(document.NumberOfPages).Text.Should().Contain($"{document.NumberOfPages} / {document.NumberOfPages}");
    }

    [Test]
    public async Task A_receipt_taken_back_prints_VOID_across_it()
    {
        var intake = await World.InWorkshopAsync(TimeSpan.FromDays(2));
        await World.ReturnAsync(intake);

        var text = await PdfTextAsync(World.Clerk, $"/api/v1/pickup-receipts/{Uri.EscapeDataString(intake.PickupReceipt.Number)}/print");

        text.Should().Contain("作廢").And.Contain("VOID").And.Contain(intake.PickupReceipt.Number);
    }

    [Test]
    public async Task Forms_printed_at_the_same_time_each_come_out_whole()
    {
        var paths = new[]
        {
            $"/api/v1/repair-cards/{_records.PathValues["cardId"]}/print",
            $"/api/v1/pickup-receipts/{Uri.EscapeDataString(_records.PathValues["number"])}/print",
            $"/api/v1/registers/calls/{World.Unit.Id}/2026-11-20/print",
            $"/api/v1/certificates/{_records.PathValues["certificateId"]}/print",
        };

        var texts = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => PdfTextAsync(World.Clerk, paths[i % paths.Length])));

        texts.Where((_, i) => i % paths.Length == 0).Should().OnlyContain(t => t.Contains("修護卡", StringComparison.Ordinal));
        texts.Where((_, i) => i % paths.Length == 1).Should().OnlyContain(t => t.Contains("客戶商品領取收據", StringComparison.Ordinal));
        texts.Where((_, i) => i % paths.Length == 2).Should().OnlyContain(t => t.Contains("叫修登記簿", StringComparison.Ordinal));
        texts.Where((_, i) => i % paths.Length == 3).Should().OnlyContain(t => t.Contains("服務憑證", StringComparison.Ordinal));
    }

    [Test]
    public async Task Another_units_record_is_not_found_and_printing_needs_a_token()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var other = await ServiceUnitWorld.CreateAsync(admin, "PRO");

        await ProblemAsync(await other.Clerk.GetAsync($"/api/v1/certificates/{_records.PathValues["certificateId"]}/print"), HttpStatusCode.NotFound);
        await ProblemAsync(await other.Clerk.GetAsync($"/api/v1/registers/calls/{World.Unit.Id}/2026-11-20/print"), HttpStatusCode.NotFound);
        await ProblemAsync(await Anonymous().GetAsync($"/api/v1/repair-cards/{_records.PathValues["cardId"]}/print"), HttpStatusCode.Unauthorized);
    }

    private static async Task<byte[]> PdfAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        pdf.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());
        return pdf;
    }

    private static async Task<string> PdfTextAsync(HttpClient client, string path)
    {
        using var document = PdfDocument.Open(await PdfAsync(client, path));
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
