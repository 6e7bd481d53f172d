using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClosuresMovePromisesAndComplaintSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "promised_at_as_given",
                table: "repair_cards",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "deadlines_as_given",
                table: "complaints",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            // Every promise and step deadline set so far was as given: no closure existed.
            migrationBuilder.Sql("UPDATE repair_cards SET promised_at_as_given = promised_at;");
            migrationBuilder.Sql("""
                UPDATE complaints SET deadlines_as_given = jsonb_build_object(
                    'triage', triage_due_at, 'review', review_due_at, 'visit', visit_due_at, 'reply', reply_due_at);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "promised_at_as_given",
                table: "repair_cards");

            migrationBuilder.DropColumn(
                name: "deadlines_as_given",
                table: "complaints");
        }
    }
}
