using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AfterSales.Domain.Reports;

/// <summary>
/// 服務主任工作日報表 (form 007, R16): a unit's day: hours by type per technician and in total, and the
/// register's figures. The hash is over a canonical text of all of it, so the branch manager signs (R17)
/// exactly what was submitted, and a change to the day shows.
/// </summary>
public sealed record SupervisorDay(IReadOnlyList<TechnicianHours> Technicians, RegisterFigures Register)
{
    public decimal TotalHours => Technicians.Sum(t => t.Total);

    public string Hash
    {
        get
        {
            static string H(decimal hours) => hours.ToString("0.00", CultureInfo.InvariantCulture);
            var lines = Technicians
                .OrderBy(t => t.TechnicianId)
                .Select(t => $"{t.TechnicianId}|{H(t.Paid)}|{H(t.Contract)}|{H(t.Free)}|{H(t.Admin)}")
                .Append(Register.ToString());
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines)))).ToLowerInvariant();
        }
    }
}
