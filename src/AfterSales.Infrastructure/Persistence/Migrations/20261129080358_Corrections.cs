using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "repair_calls",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "customers",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "admin_work",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "admin_work",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            // Existing records have no corrections; the default only fills them, as the model has none.
            migrationBuilder.Sql("ALTER TABLE repair_calls ALTER COLUMN corrections DROP DEFAULT;");
            migrationBuilder.Sql("ALTER TABLE customers ALTER COLUMN corrections DROP DEFAULT;");
            migrationBuilder.Sql("ALTER TABLE admin_work ALTER COLUMN corrections DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "corrections",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "corrections",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "corrections",
                table: "admin_work");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "admin_work");
        }
    }
}
