using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "repair_cards",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "repair_calls",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "pickup_receipts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "archive_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    up_to = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    handed_over_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    held_back = table.Column<string>(type: "jsonb", nullable: false),
                    records = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_archive_batches", x => x.id);
                    table.ForeignKey(
                        name: "fk_archive_batches_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "service_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_archive_batches_unit_id_created_at",
                table: "archive_batches",
                columns: new[] { "unit_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_batches");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "repair_cards");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "pickup_receipts");
        }
    }
}
