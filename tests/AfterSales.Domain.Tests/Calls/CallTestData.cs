using AfterSales.Domain.Calendars;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Tests.Calls;

internal static class CallTestData
{
    public static readonly Guid ClerkId = Guid.NewGuid();

    public static WorkingCalendar TaipeiOffice(params DateOnly[] holidays)
    {
        IReadOnlyList<WorkingInterval> day = [new(new TimeOnly(8, 30), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(17, 30))];
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.ToDictionary(d => d, _ => day);
        return WorkingCalendar.Create("Asia/Taipei", week, holidays);
    }

    public static ServiceUnit Unit() => ServiceUnit.Open(Guid.NewGuid(), "Taipei", "TPE", UnitKind.Center, TaipeiOffice());

    public static RepairCall NewCall(string receivedAt = "2026-12-01T09:00:00+08:00", ServiceUnit? unit = null, ServiceTypeOverride? typeOverride = null)
    {
        unit ??= Unit();
        var customer = Customer.Register(Guid.NewGuid(), unit.Id, "Lin", "1 Zhongshan Rd", "02-1234-5678", ServiceZone.Urban);
        var certificate = ServiceCertificate.Issue(Guid.NewGuid(), unit.Id, customer.Id, "AC-900", "SN-1", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        return RepairCall.Register(Guid.NewGuid(), "TPE-2026-000001", unit, customer, certificate, CallChannel.Phone,
            TestSupport.At(receivedAt), "No cooling", ServiceType.Paid, typeOverride, ClerkId);
    }
}
