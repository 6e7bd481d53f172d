using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContractExpiryNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contract_expiry_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_number = table.Column<int>(type: "integer", nullable: false),
                    term_ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    sent_by = table.Column<Guid>(type: "uuid", nullable: true),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_by = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    outcome_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    renewal_term_number = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contract_expiry_notices", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contract_expiry_notices_contract_id_term_number",
                table: "contract_expiry_notices",
                columns: new[] { "contract_id", "term_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contract_expiry_notices_unit_id_due_on_id",
                table: "contract_expiry_notices",
                columns: new[] { "unit_id", "due_on", "id" });

            // Contracts signed before notices existed get their current term's notice. The calendar is not
            // at hand in SQL: the due date is a month before the term's end, moved back over a weekend only.
            migrationBuilder.Sql("""
                INSERT INTO contract_expiry_notices (id, unit_id, contract_id, contract_number, customer_id, term_number, term_ends_on, due_on)
                SELECT gen_random_uuid(), c.unit_id, c.id, c.number, c.customer_id, (c.terms -> -1 ->> 'termNumber')::int, c.ends_on,
                       month_before - CASE extract(isodow FROM month_before) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END
                FROM maintenance_contracts c
                CROSS JOIN LATERAL (SELECT (c.ends_on - interval '1 month')::date AS month_before) d;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contract_expiry_notices");
        }
    }
}
