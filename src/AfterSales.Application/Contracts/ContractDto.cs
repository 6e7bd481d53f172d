using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Units;
using AfterSales.Domain.Contracts;

namespace AfterSales.Application.Contracts;

public sealed record ContractTermDto(int TermNumber, DateOnly StartsOn, DateOnly EndsOn, MoneyDto Fee);

/// <summary>保養合同書: a maintenance contract, its covered certificates and its terms.</summary>
public sealed record ContractDto(Guid Id, Guid UnitId, string Number, Guid CustomerId, IReadOnlyList<Guid> CertificateIds, IReadOnlyList<ContractTermDto> Terms, DateOnly EndsOn, uint Version) : IHasVersion
{
    public static ContractDto From(MaintenanceContract c) => new(
        c.Id,
        c.UnitId,
        c.Number,
        c.CustomerId,
        c.CertificateIds.ToList(),
        c.Terms.Select(t => t.Adapt<ContractTermDto>(Mappings.Config)).ToList(),
        c.EndsOn,
        c.Version);
}
