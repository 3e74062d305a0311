using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class TransactionCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "category_id",
                table: "withdrawal_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "category_id",
                table: "account_transactions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "transaction_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transaction_categories", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_withdrawal_requests_category_id",
                table: "withdrawal_requests",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_category_id",
                table: "account_transactions",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_transaction_categories_institution_id_normalized_name",
                table: "transaction_categories",
                columns: new[] { "institution_id", "normalized_name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_account_transactions_transaction_categories_category_id",
                table: "account_transactions",
                column: "category_id",
                principalTable: "transaction_categories",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_withdrawal_requests_transaction_categories_category_id",
                table: "withdrawal_requests",
                column: "category_id",
                principalTable: "transaction_categories",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_account_transactions_transaction_categories_category_id",
                table: "account_transactions");

            migrationBuilder.DropForeignKey(
                name: "fk_withdrawal_requests_transaction_categories_category_id",
                table: "withdrawal_requests");

            migrationBuilder.DropTable(
                name: "transaction_categories");

            migrationBuilder.DropIndex(
                name: "ix_withdrawal_requests_category_id",
                table: "withdrawal_requests");

            migrationBuilder.DropIndex(
                name: "ix_account_transactions_category_id",
                table: "account_transactions");

            migrationBuilder.DropColumn(
                name: "category_id",
                table: "withdrawal_requests");

            migrationBuilder.DropColumn(
                name: "category_id",
                table: "account_transactions");
        }
    }
}
