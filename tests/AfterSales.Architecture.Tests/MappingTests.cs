using AfterSales.Application.Common.Corrections;
using AfterSales.Application.Common.Mapping;
using AfterSales.Application.Customers;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;
using Mapster;

namespace AfterSales.Architecture.Tests;

/// <summary>Mapster's configuration is complete: every mapping declared, every answer field with a source.</summary>
public class MappingTests
{
    [Test]
    public void Every_mapping_compiles_in_memory_and_as_a_projection()
    {
        var compile = () =>
        {
            Mappings.Config.Compile();
            Mappings.Config.CompileProjection();
        };

        compile.Should().NotThrow();
    }

    [Test]
    public void A_mapping_that_was_not_declared_is_refused_not_guessed()
    {
        var undeclared = () => new KpiTargets(90, 85, 3).Adapt<CustomerDto>(Mappings.Config);

        undeclared.Should().Throw<Exception>();
    }

    [Test]
    public void A_declared_mapping_copies_every_field()
    {
        var customer = Customer.Register(Guid.NewGuid(), Guid.NewGuid(), "Lin", "Taipei", "02-1234", ServiceZone.Suburban);
        var at = DateTimeOffset.UnixEpoch;
        customer.CorrectParticulars("Taichung", null, null, "Moved", null, at);

        customer.Adapt<CustomerDto>(Mappings.Config).Should().BeEquivalentTo(new CustomerDto(
            customer.Id, customer.UnitId, "Lin", "Taichung", "02-1234", ServiceZone.Suburban, [new CorrectionDto("address", "Taipei", "Taichung", "Moved", null, at, null)]));
    }
}
