using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_institution_id_sequence",
                table: "audit_records");

            migrationBuilder.AddColumn<int>(
                name: "chain",
                table: "audit_records",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_institution_id_chain_sequence",
                table: "audit_records",
                columns: new[] { "institution_id", "chain", "sequence" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_institution_id_chain_sequence",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "chain",
                table: "audit_records");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_institution_id_sequence",
                table: "audit_records",
                columns: new[] { "institution_id", "sequence" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }
    }
}
