using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AfterSales.Domain.Calls;

namespace AfterSales.Domain.Reports;

/// <summary>
/// R15: a technician's day as form 006 shows it: the lines of work and their hours by type a–d. The
/// hash is over a canonical text of the lines (sorted), so the same day always hashes the same and any
/// change of a line, an hour or a type changes it.
/// </summary>
public sealed record TechnicianDay(IReadOnlyList<DailyWorkItem> Items)
{
    public static readonly ServiceType[] Types = [ServiceType.Paid, ServiceType.Contract, ServiceType.Free, ServiceType.Admin];

    public decimal HoursOf(ServiceType type) => Items.Where(i => i.Type == type).Sum(i => i.Hours);

    public decimal TotalHours => Items.Sum(i => i.Hours);

    public string Hash
    {
        get
        {
            var canonical = string.Join('\n', Items
                .Select(i => string.Join('|', i.Type, i.Source, i.Reference, i.Hours.ToString("0.00", CultureInfo.InvariantCulture), i.Description))
                .Order(StringComparer.Ordinal));
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();
        }
    }
}
