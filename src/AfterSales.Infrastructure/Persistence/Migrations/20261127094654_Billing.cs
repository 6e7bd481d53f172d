using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Billing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cash_handovers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    accountant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_amount = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    collection_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cash_handovers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "invoice_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    billing_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    billing_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    total_amount = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    total_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: true),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_term_number = table.Column<int>(type: "integer", nullable: true),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invoice_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "part_usages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    part_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    unit_price_amount = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    unit_price_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    where = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    repair_card_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_part_usages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "collected_cash",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invoice_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_amount = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    collected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    handover_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collected_cash", x => x.id);
                    table.ForeignKey(
                        name: "fk_collected_cash_invoice_requests_invoice_request_id",
                        column: x => x.invoice_request_id,
                        principalTable: "invoice_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cash_handovers_unit_id_technician_id",
                table: "cash_handovers",
                columns: new[] { "unit_id", "technician_id" });

            migrationBuilder.CreateIndex(
                name: "ix_collected_cash_invoice_request_id",
                table: "collected_cash",
                column: "invoice_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_collected_cash_unit_id_handover_id_id",
                table: "collected_cash",
                columns: new[] { "unit_id", "handover_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_requests_call_id",
                table: "invoice_requests",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_requests_contract_id",
                table: "invoice_requests",
                column: "contract_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_requests_unit_id_invoice_number",
                table: "invoice_requests",
                columns: new[] { "unit_id", "invoice_number" },
                unique: true,
                filter: "invoice_number IS NOT NULL");

            // The feeds' order (see OrderedFeed): the writer's transaction id and a sequence, both set
            // by the database on insert, so no writer can be overtaken unseen.
            foreach (var table in new[] { "invoice_requests", "part_usages" })
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ADD COLUMN feed_txid xid8 NOT NULL DEFAULT pg_current_xact_id(), ADD COLUMN feed_sequence bigint GENERATED ALWAYS AS IDENTITY;");
                migrationBuilder.Sql($"CREATE INDEX ix_{table}_feed ON {table} (feed_txid, feed_sequence);");
                migrationBuilder.Sql($"CREATE INDEX ix_{table}_unit_feed ON {table} (unit_id, feed_txid, feed_sequence);");
            }

            // Units created before labour was charged get the default rate.
            migrationBuilder.Sql("""UPDATE service_units SET policy = policy || '{"labourRatePerHour": {"amount": 800, "currency": "TWD"}}'::jsonb WHERE NOT policy ? 'labourRatePerHour';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cash_handovers");

            migrationBuilder.DropTable(
                name: "collected_cash");

            migrationBuilder.DropTable(
                name: "part_usages");

            migrationBuilder.DropTable(
                name: "invoice_requests");
        }
    }
}
