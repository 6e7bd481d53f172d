using AfterSales.Infrastructure;
using Npgsql;

namespace AfterSales.Api.Tests;

/// <summary>The API's connections are prepared and not reset on return to the pool, unless the connection string says otherwise.</summary>
public class PoolingDefaultsTests
{
    [Test]
    public void A_connection_string_gets_prepared_statements_and_no_reset_on_close_unless_it_sets_them_itself()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DependencyInjection.WithPoolingDefaults("Host=db;Database=aftersales"));
        (tuned.MaxAutoPrepare, tuned.NoResetOnClose).Should().Be((64, true));

        var own = new NpgsqlConnectionStringBuilder(DependencyInjection.WithPoolingDefaults("Host=db;Database=aftersales;Max Auto Prepare=8;No Reset On Close=false"));
        (own.MaxAutoPrepare, own.NoResetOnClose).Should().Be((8, false));
    }
}
