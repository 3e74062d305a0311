using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfflineSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "offline_tolerance_days",
                table: "institutions",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.CreateTable(
                name: "sync_devices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    device_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    pending = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    oldest_pending_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_synced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_devices", x => x.id);
                    table.CheckConstraint("ck_sync_devices_counts", "pending >= 0 AND refused >= 0");
                    table.ForeignKey(
                        name: "fk_sync_devices_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sync_devices_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sync_devices_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_institutions_offline_tolerance_days",
                table: "institutions",
                sql: "offline_tolerance_days BETWEEN 0 AND 7");

            migrationBuilder.CreateIndex(
                name: "ix_sync_devices_branch_id",
                table: "sync_devices",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_devices_institution_id_branch_id",
                table: "sync_devices",
                columns: new[] { "institution_id", "branch_id" });

            migrationBuilder.CreateIndex(
                name: "ix_sync_devices_user_id_device_id",
                table: "sync_devices",
                columns: new[] { "user_id", "device_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sync_devices");

            migrationBuilder.DropCheckConstraint(
                name: "ck_institutions_offline_tolerance_days",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "offline_tolerance_days",
                table: "institutions");
        }
    }
}
