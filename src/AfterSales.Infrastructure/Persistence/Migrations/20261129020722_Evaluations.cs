using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_month_closures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_month_closures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_weights",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    attitude = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    technical_skill = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    arrival_time = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    follow_through = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_weights", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_month_closures_unit_id_month",
                table: "evaluation_month_closures",
                columns: new[] { "unit_id", "month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_month_closures");

            migrationBuilder.DropTable(
                name: "evaluation_weights");
        }
    }
}
