using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RefusedSignInsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_audit_records_refused_sign_ins_occurred_at",
                table: "audit_records",
                columns: new[] { "institution_id", "occurred_at" },
                filter: "action IN ('LoginFailed', 'LoginLocked')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_refused_sign_ins_occurred_at",
                table: "audit_records");
        }
    }
}
