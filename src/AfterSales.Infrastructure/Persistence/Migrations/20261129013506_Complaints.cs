using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "complaint_id",
                table: "survey_cards",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: true),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    survey_card_id = table.Column<Guid>(type: "uuid", nullable: true),
                    words = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_by = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    is_serious = table.Column<bool>(type: "boolean", nullable: false),
                    triaged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    triaged_by = table.Column<Guid>(type: "uuid", nullable: true),
                    serious_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    review_instructions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    designee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    designated_by = table.Column<Guid>(type: "uuid", nullable: true),
                    visit_settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refusal_accepted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    replied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finding = table.Column<string>(type: "jsonb", nullable: true),
                    triage_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    review_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    visit_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reply_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    chases = table.Column<string>(type: "jsonb", nullable: false),
                    reopenings = table.Column<string>(type: "jsonb", nullable: false),
                    replies = table.Column<string>(type: "jsonb", nullable: false),
                    visits = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_is_serious_id",
                table: "complaints",
                columns: new[] { "is_serious", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_number",
                table: "complaints",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_survey_card_id",
                table: "complaints",
                column: "survey_card_id",
                unique: true,
                filter: "survey_card_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_unit_id_is_serious_id",
                table: "complaints",
                columns: new[] { "unit_id", "is_serious", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropColumn(
                name: "complaint_id",
                table: "survey_cards");
        }
    }
}
