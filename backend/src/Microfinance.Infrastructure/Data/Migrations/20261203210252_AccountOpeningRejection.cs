using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountOpeningRejection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "opening_fee_channel",
                table: "deposit_accounts",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "opening_fee_entry_id",
                table: "deposit_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "opening_fee_paid",
                table: "deposit_accounts",
                type: "numeric(19,4)",
                precision: 19,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rejected_at",
                table: "deposit_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "rejected_by",
                table: "deposit_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "rejection_reason",
                table: "deposit_accounts",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "opening_fee_channel",
                table: "deposit_accounts");

            migrationBuilder.DropColumn(
                name: "opening_fee_entry_id",
                table: "deposit_accounts");

            migrationBuilder.DropColumn(
                name: "opening_fee_paid",
                table: "deposit_accounts");

            migrationBuilder.DropColumn(
                name: "rejected_at",
                table: "deposit_accounts");

            migrationBuilder.DropColumn(
                name: "rejected_by",
                table: "deposit_accounts");

            migrationBuilder.DropColumn(
                name: "rejection_reason",
                table: "deposit_accounts");
        }
    }
}
