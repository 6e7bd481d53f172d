using AfterSales.Infrastructure.Persistence.LocalPostgres;

namespace AfterSales.Api.Tests;

public class LocalPostgresTests
{
    [Test]
    public void Without_server_binaries_the_message_says_how_to_install_them_or_where_to_point_instead()
    {
        var find = () => LocalPostgresServer.For(Path.GetTempPath(), 54999, "pw", searchPath: string.Empty, debianRoot: "/nonexistent");

        find.Should().Throw<PostgresNotInstalledException>()
            .WithMessage("*apt-get install postgresql*")
            .And.Message.Should().Contain("ConnectionStrings__AfterSales");
    }

    [Test]
    public void Server_binaries_are_found_under_the_debian_folder_when_not_on_path()
    {
        Assume.That(Directory.Exists("/usr/lib/postgresql"), "PostgreSQL is installed elsewhere on this machine");
        var server = LocalPostgresServer.For(Path.GetTempPath(), 54999, "pw", searchPath: string.Empty, debianRoot: "/usr/lib/postgresql");

        server.Port.Should().Be(54999);
    }
}
