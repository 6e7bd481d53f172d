using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DailyWorkAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervisor_daily_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    steps = table.Column<string>(type: "jsonb", nullable: false),
                    versions = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervisor_daily_reports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_arrived_at",
                table: "repair_calls",
                columns: new[] { "unit_id", "arrived_at" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_closed_at",
                table: "repair_calls",
                columns: new[] { "unit_id", "closed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_completed_at",
                table: "repair_calls",
                columns: new[] { "unit_id", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_dispatched_at",
                table: "repair_calls",
                columns: new[] { "unit_id", "dispatched_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pickup_receipts_unit_id_issued_at",
                table: "pickup_receipts",
                columns: new[] { "unit_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_supervisor_daily_reports_status_date",
                table: "supervisor_daily_reports",
                columns: new[] { "status", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_supervisor_daily_reports_unit_id_date",
                table: "supervisor_daily_reports",
                columns: new[] { "unit_id", "date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervisor_daily_reports");

            migrationBuilder.DropIndex(
                name: "ix_repair_calls_unit_id_arrived_at",
                table: "repair_calls");

            migrationBuilder.DropIndex(
                name: "ix_repair_calls_unit_id_closed_at",
                table: "repair_calls");

            migrationBuilder.DropIndex(
                name: "ix_repair_calls_unit_id_completed_at",
                table: "repair_calls");

            migrationBuilder.DropIndex(
                name: "ix_repair_calls_unit_id_dispatched_at",
                table: "repair_calls");

            migrationBuilder.DropIndex(
                name: "ix_pickup_receipts_unit_id_issued_at",
                table: "pickup_receipts");
        }
    }
}
