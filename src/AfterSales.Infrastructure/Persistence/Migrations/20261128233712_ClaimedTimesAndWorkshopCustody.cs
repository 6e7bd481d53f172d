using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClaimedTimesAndWorkshopCustody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "escalations",
                table: "repair_cards",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "original_promised_at",
                table: "repair_cards",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "return_signature_recorded_at",
                table: "repair_cards",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "arrival_recorded_at",
                table: "repair_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dispatch_recorded_at",
                table: "repair_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "not_collected_reason",
                table: "repair_calls",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "signature_recorded_at",
                table: "repair_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "recorded_at",
                table: "product_movements",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "lost_reason",
                table: "pickup_receipts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "promised_at",
                table: "pickup_receipts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "not_collected_reason",
                table: "invoice_requests",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            // Records written before times were claimed: what was recorded is what happened, and a
            // receipt's promise is its card's.
            migrationBuilder.Sql("""
                UPDATE repair_cards SET original_promised_at = promised_at;
                UPDATE repair_cards SET return_signature_recorded_at = return_signed_at WHERE return_signed_at IS NOT NULL;
                UPDATE repair_calls SET dispatch_recorded_at = dispatched_at, arrival_recorded_at = arrived_at, signature_recorded_at = signed_at;
                UPDATE product_movements SET recorded_at = at;
                UPDATE pickup_receipts r SET promised_at = c.promised_at FROM repair_cards c WHERE c.pickup_receipt_id = r.id;
                UPDATE pickup_receipts SET promised_at = issued_at WHERE promised_at = '0001-01-01 00:00:00+00';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "escalations",
                table: "repair_cards");

            migrationBuilder.DropColumn(
                name: "original_promised_at",
                table: "repair_cards");

            migrationBuilder.DropColumn(
                name: "return_signature_recorded_at",
                table: "repair_cards");

            migrationBuilder.DropColumn(
                name: "arrival_recorded_at",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "dispatch_recorded_at",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "not_collected_reason",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "signature_recorded_at",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "recorded_at",
                table: "product_movements");

            migrationBuilder.DropColumn(
                name: "lost_reason",
                table: "pickup_receipts");

            migrationBuilder.DropColumn(
                name: "promised_at",
                table: "pickup_receipts");

            migrationBuilder.DropColumn(
                name: "not_collected_reason",
                table: "invoice_requests");
        }
    }
}
