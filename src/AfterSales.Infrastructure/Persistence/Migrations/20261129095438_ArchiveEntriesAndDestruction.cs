using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveEntriesAndDestruction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "technician_daily_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "survey_cards",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "supervisor_daily_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "product_movements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "contract_expiry_notices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "archived_in",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "archive_entries",
                columns: table => new
                {
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    number = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    destroyed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    destroyed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_archive_entries", x => x.record_id);
                    table.ForeignKey(
                        name: "fk_archive_entries_archive_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "archive_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // The lines of batches made before the archive had its own table, with what goes with their calls.
            migrationBuilder.Sql("""
                INSERT INTO archive_entries (record_id, type, number, unit_id, closed_on, batch_id, parent_id)
                SELECT (r->>'id')::uuid, r->>'type', r->>'number', b.unit_id, (r->>'closedOn')::date, b.id,
                       COALESCE((SELECT p.call_id FROM pickup_receipts p WHERE p.id = (r->>'id')::uuid),
                                (SELECT k.call_id FROM repair_cards k WHERE k.id = (r->>'id')::uuid))
                FROM archive_batches b, jsonb_array_elements(b.records) r;
                UPDATE product_movements m SET archived_in = c.archived_in
                FROM repair_calls c WHERE c.id = m.call_id AND c.archived_in IS NOT NULL;
                INSERT INTO archive_entries (record_id, type, number, unit_id, closed_on, batch_id, parent_id)
                SELECT m.id, 'ProductMovement', m.receipt_number || ' ' || m.direction, m.unit_id, m.local_date, m.archived_in, m.call_id
                FROM product_movements m WHERE m.archived_in IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "records",
                table: "archive_batches");

            migrationBuilder.CreateTable(
                name: "destruction_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    executed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    executed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    destroyed_count = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    kept = table.Column<string>(type: "jsonb", nullable: false),
                    record_ids = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_destruction_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_destruction_requests_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "service_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "retention_periods",
                columns: table => new
                {
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    months = table.Column<int>(type: "integer", nullable: false),
                    set_by = table.Column<Guid>(type: "uuid", nullable: true),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_periods", x => x.type);
                });

            migrationBuilder.CreateIndex(
                name: "ix_product_movements_call_id",
                table: "product_movements",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_call_id",
                table: "complaints",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_archive_entries_batch_id_record_id",
                table: "archive_entries",
                columns: new[] { "batch_id", "record_id" });

            migrationBuilder.CreateIndex(
                name: "ix_archive_entries_parent_id",
                table: "archive_entries",
                column: "parent_id",
                filter: "parent_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_archive_entries_type_number",
                table: "archive_entries",
                columns: new[] { "type", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_archive_entries_unit_id_type_record_id",
                table: "archive_entries",
                columns: new[] { "unit_id", "type", "record_id" },
                filter: "destroyed_by IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_destruction_requests_unit_id_id",
                table: "destruction_requests",
                columns: new[] { "unit_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_entries");

            migrationBuilder.DropTable(
                name: "destruction_requests");

            migrationBuilder.DropTable(
                name: "retention_periods");

            migrationBuilder.DropIndex(
                name: "ix_product_movements_call_id",
                table: "product_movements");

            migrationBuilder.DropIndex(
                name: "ix_complaints_call_id",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "technician_daily_reports");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "survey_cards");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "supervisor_daily_reports");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "product_movements");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "contract_expiry_notices");

            migrationBuilder.DropColumn(
                name: "archived_in",
                table: "complaints");

            migrationBuilder.AddColumn<string>(
                name: "records",
                table: "archive_batches",
                type: "jsonb",
                nullable: false,
                defaultValue: "");
        }
    }
}
