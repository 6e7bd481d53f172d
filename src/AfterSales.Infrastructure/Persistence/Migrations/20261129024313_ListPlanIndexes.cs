using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListPlanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_unit_id_id",
                table: "repair_cards",
                columns: new[] { "unit_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_open_unit_id_id",
                table: "repair_cards",
                columns: new[] { "unit_id", "id" },
                filter: "status <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_unit_id_status_id",
                table: "repair_cards",
                columns: new[] { "unit_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_status_priority_from",
                table: "repair_calls",
                columns: new[] { "unit_id", "status", "priority_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_repair_cards_unit_id_id",
                table: "repair_cards");

            migrationBuilder.DropIndex(
                name: "ix_repair_cards_open_unit_id_id",
                table: "repair_cards");

            migrationBuilder.DropIndex(
                name: "ix_repair_cards_unit_id_status_id",
                table: "repair_cards");

            migrationBuilder.DropIndex(
                name: "ix_repair_calls_unit_id_status_priority_from",
                table: "repair_calls");
        }
    }
}
