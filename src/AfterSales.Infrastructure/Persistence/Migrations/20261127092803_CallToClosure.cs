using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CallToClosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    telephone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    zone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                    table.ForeignKey(
                        name: "fk_customers_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "service_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "product_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    product_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_movements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_history",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_history", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "unit_counters",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    series = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_counters", x => new { x.unit_id, x.series, x.year });
                });

            migrationBuilder.CreateTable(
                name: "maintenance_contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    certificate_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_contracts", x => x.id);
                    table.ForeignKey(
                        name: "fk_maintenance_contracts_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sold_on = table.Column<DateOnly>(type: "date", nullable: false),
                    warranty_ends_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_certificates_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "repair_calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    telephone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    product_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    problem = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    zone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    service_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    service_type_override_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    dispatch_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    priority_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deadline_met = table.Column<bool>(type: "boolean", nullable: true),
                    deadline_missed_by = table.Column<TimeSpan>(type: "interval", nullable: true),
                    work_hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    fee_amount = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: true),
                    fee_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    collected_on_site = table.Column<bool>(type: "boolean", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    parts = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_calls", x => x.id);
                    table.ForeignKey(
                        name: "fk_repair_calls_certificates_certificate_id",
                        column: x => x.certificate_id,
                        principalTable: "service_certificates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_repair_calls_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_repair_calls_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "service_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pickup_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    product_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pickup_receipts", x => x.id);
                    table.ForeignKey(
                        name: "fk_pickup_receipts_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "repair_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "repair_cards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pickup_receipt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_signed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    return_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    inspections = table.Column<string>(type: "jsonb", nullable: false),
                    parts = table.Column<string>(type: "jsonb", nullable: false),
                    work = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_cards", x => x.id);
                    table.ForeignKey(
                        name: "fk_repair_cards_repair_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "repair_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customers_unit_id_id",
                table: "customers",
                columns: new[] { "unit_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_contracts_certificate_ids",
                table: "maintenance_contracts",
                column: "certificate_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_contracts_customer_id",
                table: "maintenance_contracts",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_contracts_unit_id_ends_on_id",
                table: "maintenance_contracts",
                columns: new[] { "unit_id", "ends_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_contracts_unit_id_number",
                table: "maintenance_contracts",
                columns: new[] { "unit_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pickup_receipts_call_id",
                table: "pickup_receipts",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pickup_receipts_number",
                table: "pickup_receipts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_movements_unit_id_local_date_sequence",
                table: "product_movements",
                columns: new[] { "unit_id", "local_date", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_certificate_id",
                table: "repair_calls",
                column: "certificate_id");

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_customer_id",
                table: "repair_calls",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_number",
                table: "repair_calls",
                columns: new[] { "unit_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_received_at_id",
                table: "repair_calls",
                columns: new[] { "unit_id", "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_unit_id_status_received_at_id",
                table: "repair_calls",
                columns: new[] { "unit_id", "status", "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_call_id",
                table: "repair_cards",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_unit_id_number",
                table: "repair_cards",
                columns: new[] { "unit_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_repair_cards_unit_id_status_promised_at_id",
                table: "repair_cards",
                columns: new[] { "unit_id", "status", "promised_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_certificates_customer_id",
                table: "service_certificates",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_certificates_unit_id_serial_number",
                table: "service_certificates",
                columns: new[] { "unit_id", "serial_number" });

            migrationBuilder.CreateIndex(
                name: "ix_service_history_call_id_sequence",
                table: "service_history",
                columns: new[] { "call_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_service_history_certificate_id_sequence",
                table: "service_history",
                columns: new[] { "certificate_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "maintenance_contracts");

            migrationBuilder.DropTable(
                name: "pickup_receipts");

            migrationBuilder.DropTable(
                name: "product_movements");

            migrationBuilder.DropTable(
                name: "repair_cards");

            migrationBuilder.DropTable(
                name: "service_history");

            migrationBuilder.DropTable(
                name: "unit_counters");

            migrationBuilder.DropTable(
                name: "repair_calls");

            migrationBuilder.DropTable(
                name: "service_certificates");

            migrationBuilder.DropTable(
                name: "customers");
        }
    }
}
