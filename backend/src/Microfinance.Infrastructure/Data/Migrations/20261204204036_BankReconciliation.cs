using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class BankReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bank_statement_formats",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delimiter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    has_header = table.Column<bool>(type: "boolean", nullable: false),
                    date_column = table.Column<int>(type: "integer", nullable: false),
                    label_column = table.Column<int>(type: "integer", nullable: false),
                    amount_column = table.Column<int>(type: "integer", nullable: true),
                    debit_column = table.Column<int>(type: "integer", nullable: true),
                    credit_column = table.Column<int>(type: "integer", nullable: true),
                    reference_column = table.Column<int>(type: "integer", nullable: true),
                    date_format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decimal_separator = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_statement_formats", x => x.id);
                    table.ForeignKey(
                        name: "fk_bank_statement_formats_gl_accounts_gl_account_id",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bank_statements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    line_count = table.Column<int>(type: "integer", nullable: false),
                    new_line_count = table.Column<int>(type: "integer", nullable: false),
                    imported_by = table.Column<Guid>(type: "uuid", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_statements", x => x.id);
                    table.ForeignKey(
                        name: "fk_bank_statements_gl_accounts_gl_account_id",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bank_statement_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    statement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    matched_journal_line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    matched_by = table.Column<Guid>(type: "uuid", nullable: true),
                    matched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    matched_automatically = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_statement_lines", x => x.id);
                    table.CheckConstraint("ck_bank_statement_lines_amount", "amount <> 0");
                    table.ForeignKey(
                        name: "fk_bank_statement_lines_bank_statements_statement_id",
                        column: x => x.statement_id,
                        principalTable: "bank_statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bank_statement_lines_gl_accounts_gl_account_id",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bank_statement_lines_journal_lines_matched_journal_line_id",
                        column: x => x.matched_journal_line_id,
                        principalTable: "journal_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_formats_gl_account_id",
                table: "bank_statement_formats",
                column: "gl_account_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_gl_account_id_date",
                table: "bank_statement_lines",
                columns: new[] { "gl_account_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_gl_account_id_fingerprint",
                table: "bank_statement_lines",
                columns: new[] { "gl_account_id", "fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_matched_journal_line_id",
                table: "bank_statement_lines",
                column: "matched_journal_line_id",
                unique: true,
                filter: "matched_journal_line_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_statement_id",
                table: "bank_statement_lines",
                column: "statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_bank_statements_gl_account_id_imported_at",
                table: "bank_statements",
                columns: new[] { "gl_account_id", "imported_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bank_statement_formats");

            migrationBuilder.DropTable(
                name: "bank_statement_lines");

            migrationBuilder.DropTable(
                name: "bank_statements");
        }
    }
}
