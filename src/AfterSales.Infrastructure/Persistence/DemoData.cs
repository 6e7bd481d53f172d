using AfterSales.Application.Units;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Demo data for a first `dotnet run`: a service center and a branch with Taipei calendars (2026–27
/// public holidays and a make-up Saturday), one staff member per role in each, and two customers
/// with service certificates per unit. Ids are fixed so
/// the README can name them; seeding twice changes nothing.
/// </summary>
public static class DemoData
{
    public static readonly Guid CenterId = Guid.Parse("01930000-0000-7000-8000-000000000001");
    public static readonly Guid BranchId = Guid.Parse("01930000-0000-7000-8000-000000000002");

    /// <summary>The demo staff id for a role in a unit: the unit's number, then the role's.</summary>
    public static Guid StaffId(int unitNumber, Role role) =>
        Guid.Parse($"01930000-0000-7000-8{unitNumber:D3}-{(int)role + 1:D12}");

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Units.AnyAsync(u => u.Id == CenterId, cancellationToken))
        {
            return;
        }

        var units = new[]
        {
            (Number: 1, Unit: ServiceUnit.Open(CenterId, "Taipei Service Center", "TPE", UnitKind.Center, TaipeiCalendar())),
            (Number: 2, Unit: ServiceUnit.Open(BranchId, "Taichung Branch Service Group", "TXG", UnitKind.Branch, TaipeiCalendar())),
        };
        foreach (var (number, unit) in units)
        {
            db.Units.Add(unit);
            foreach (var role in Enum.GetValues<Role>())
            {
                db.Staff.Add(StaffMember.Hire(StaffId(number, role), unit.Id, $"{unit.Code} {role}", [role]));
            }

            AddCustomers(db, number, unit.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Two customers per unit: one whose product is still under warranty (Free calls), one whose is not (Paid).</summary>
    private static void AddCustomers(AppDbContext db, int unitNumber, Guid unitId)
    {
        var inTown = Customer.Register(Guid.Parse($"01930000-0000-7000-9{unitNumber:D3}-000000000001"), unitId, "Chen Ya-ting", "88 Minsheng E. Rd, Taipei", "02-2711-0001", ServiceZone.Urban);
        var outOfTown = Customer.Register(Guid.Parse($"01930000-0000-7000-9{unitNumber:D3}-000000000002"), unitId, "Wang Chih-ming", "5 Shanjiao Rd, Sanxia", "02-2671-0002", ServiceZone.Suburban);
        db.Customers.AddRange(inTown, outOfTown);
        db.Certificates.Add(ServiceCertificate.Issue(Guid.Parse($"01930000-0000-7000-a{unitNumber:D3}-000000000001"), unitId, inTown.Id, "AC-900", $"AC900-{unitNumber}-0001", new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)));
        db.Certificates.Add(ServiceCertificate.Issue(Guid.Parse($"01930000-0000-7000-a{unitNumber:D3}-000000000002"), unitId, outOfTown.Id, "WM-300", $"WM300-{unitNumber}-0001", new DateOnly(2023, 5, 1), new DateOnly(2024, 4, 30)));
    }

    /// <summary>Taipei office hours with the 2026–27 public holidays and a make-up Saturday.</summary>
    public static WorkingCalendar TaipeiCalendar()
    {
        var office = DefaultCalendar.Create();
        DateOnly[] holidays =
        [
            new(2026, 1, 1), new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20),
            new(2026, 2, 27), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 1), new(2026, 6, 19), new(2026, 9, 25),
            new(2026, 10, 9), new(2026, 12, 25), new(2027, 1, 1),
        ];
        ExtraWorkingDay[] makeUpDays = [new(new DateOnly(2026, 12, 19), office.WeeklyHours[DayOfWeek.Monday])];
        return WorkingCalendar.Create(office.TimeZoneId, office.WeeklyHours, holidays, makeUpDays);
    }
}
