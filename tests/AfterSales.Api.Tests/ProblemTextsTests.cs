using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AfterSales.Api.Infrastructure;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>zh-TW: every validation message our validators word themselves has its Traditional Chinese text.</summary>
public class ProblemTextsTests : ApiTest
{
    private static readonly Regex WithMessage = new("""WithMessage\("((?:[^"\\]|\\.)*)"\)""", RegexOptions.Compiled);

    [Test]
    public void Every_message_given_with_WithMessage_in_the_application_has_a_zh_TW_translation()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "AfterSales.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("AfterSales.sln not found above the test directory.");
        }

        var messages = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => WithMessage.Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct()
            .ToList();

        messages.Should().HaveCountGreaterThan(20, "the scan finds the validators' own messages");
        messages.Should().OnlyContain(m => ProblemTitles.ValidationMessagesZhTw.ContainsKey(m));
        ProblemTitles.ValidationMessagesZhTw.Values.Should().OnlyContain(t => Regex.IsMatch(t, @"\p{IsCJKUnifiedIdeographs}"));
    }

    [Test]
    public async Task A_validators_own_message_and_one_that_names_its_field_come_back_in_zh_TW_when_asked_for()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var body = new { customerId = customer.Id, certificateId = certificate.Id, channel = "Phone", receivedAt = "1990-11-20T16:00:00+08:00", problem = "No cooling" };

        using var chinese = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calls") { Content = JsonContent.Create(body, options: Json) };
        chinese.Headers.AcceptLanguage.ParseAdd("zh-TW");
        var refused = await ProblemAsync(await world.Clerk.SendAsync(chinese), HttpStatusCode.BadRequest);
        refused.GetProperty("detail").GetString().Should().Be("請參閱各欄位的錯誤說明。");
        refused.GetProperty("errors").GetProperty("receivedAt")[0].GetString().Should().Be("'Received At' 須為 2000 至 2200 年間的日期時間。");

        using var month = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/technician-monthly?technicianId={world.TechnicianId}&month=2026-13");
        month.Headers.AcceptLanguage.ParseAdd("zh-TW");
        var badMonth = await ProblemAsync(await world.Supervisor.SendAsync(month), HttpStatusCode.BadRequest);
        badMonth.GetProperty("errors").GetProperty("month")[0].GetString().Should().Be("月份請以 yyyy-MM 格式填寫。");

        var english = await ProblemAsync(await world.Clerk.PostAsJsonAsync("/api/v1/calls", body, Json), HttpStatusCode.BadRequest);
        english.GetProperty("errors").GetProperty("receivedAt")[0].GetString().Should().Be("'Received At' must be a date and time between the years 2000 and 2200.");
    }
}
