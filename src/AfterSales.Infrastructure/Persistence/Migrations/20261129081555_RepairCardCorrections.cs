using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RepairCardCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "repair_cards",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            // Existing cards have no corrections; the default only fills them, as the model has none.
            migrationBuilder.Sql("ALTER TABLE repair_cards ALTER COLUMN corrections DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "corrections",
                table: "repair_cards");
        }
    }
}
