using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DailyWorkAndSentRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_work",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_work", x => x.id);
                    table.ForeignKey(
                        name: "fk_admin_work_staff_technician_id",
                        column: x => x.technician_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sent_call_registers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_by = table.Column<Guid>(type: "uuid", nullable: true),
                    calls = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sent_call_registers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "technician_daily_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    events = table.Column<string>(type: "jsonb", nullable: false),
                    versions = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_technician_daily_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_technician_daily_reports_staff_members_technician_id",
                        column: x => x.technician_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_unit_id_opened_at",
                table: "repair_cards",
                columns: new[] { "unit_id", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_technician_id_completed_at",
                table: "repair_calls",
                columns: new[] { "technician_id", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_admin_work_technician_id_date",
                table: "admin_work",
                columns: new[] { "technician_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_sent_call_registers_unit_id_date",
                table: "sent_call_registers",
                columns: new[] { "unit_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_technician_daily_reports_technician_id_date",
                table: "technician_daily_reports",
                columns: new[] { "technician_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_technician_daily_reports_unit_id_date",
                table: "technician_daily_reports",
                columns: new[] { "unit_id", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admin_work");

            migrationBuilder.DropTable(
                name: "sent_call_registers");

            migrationBuilder.DropTable(
                name: "technician_daily_reports");

            migrationBuilder.DropIndex(
                name: "ix_repair_cards_unit_id_opened_at",
                table: "repair_cards");

            migrationBuilder.DropIndex(
                name: "ix_repair_calls_technician_id_completed_at",
                table: "repair_calls");
        }
    }
}
