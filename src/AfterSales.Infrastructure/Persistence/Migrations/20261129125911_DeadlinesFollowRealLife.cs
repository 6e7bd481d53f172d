using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeadlinesFollowRealLife : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closures",
                table: "service_units",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "appointment",
                table: "repair_calls",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deadline_basis",
                table: "repair_calls",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ServiceLevel");

            migrationBuilder.AddColumn<Guid>(
                name: "deadline_moved_by_closure",
                table: "repair_calls",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "previous_deadline",
                table: "repair_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "service_level_deadline",
                table: "repair_calls",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Every deadline given so far was R19 from the call, with no closure or appointment.
            migrationBuilder.Sql("UPDATE repair_calls SET service_level_deadline = dispatch_deadline;");

            migrationBuilder.CreateIndex(
                name: "ix_repair_calls_open_by_deadline",
                table: "repair_calls",
                columns: new[] { "unit_id", "dispatch_deadline" },
                filter: "status IN ('Registered', 'Dispatched')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_repair_calls_open_by_deadline",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "closures",
                table: "service_units");

            migrationBuilder.DropColumn(
                name: "appointment",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "deadline_basis",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "deadline_moved_by_closure",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "previous_deadline",
                table: "repair_calls");

            migrationBuilder.DropColumn(
                name: "service_level_deadline",
                table: "repair_calls");
        }
    }
}
