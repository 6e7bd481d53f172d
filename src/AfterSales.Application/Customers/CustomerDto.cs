using AfterSales.Application.Common.Corrections;
using AfterSales.Domain.Units;

namespace AfterSales.Application.Customers;

/// <remarks><c>corrections</c> (A3): the particulars corrected since registration, what they were and why.</remarks>
public sealed record CustomerDto(Guid Id, Guid UnitId, string Name, string Address, string Telephone, ServiceZone Zone, IReadOnlyList<CorrectionDto> Corrections);
