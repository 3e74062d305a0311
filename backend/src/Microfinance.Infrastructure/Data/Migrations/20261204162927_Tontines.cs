using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Tontines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "tontine_participant_id",
                table: "journal_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "tontines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    min_daily_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    max_daily_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    adhesion_fee = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    cycle_length_days = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tontines", x => x.id);
                    table.CheckConstraint("ck_tontines_bounds", "min_daily_amount > 0 AND max_daily_amount >= min_daily_amount");
                    table.CheckConstraint("ck_tontines_cycle", "cycle_length_days >= 2");
                    table.CheckConstraint("ck_tontines_fee", "adhesion_fee >= 0");
                    table.ForeignKey(
                        name: "fk_tontines_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tontine_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tontine_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    collector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    daily_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    cycle_length_days = table.Column<int>(type: "integer", nullable: false),
                    cells_filled = table.Column<long>(type: "bigint", nullable: false),
                    saved_balance = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    commission_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    withdrawn_total = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_contribution_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tontine_participants", x => x.id);
                    table.CheckConstraint("ck_tontine_participants_balances", "saved_balance >= 0 AND withdrawn_total >= 0 AND cells_filled >= 0");
                    table.CheckConstraint("ck_tontine_participants_commission", "commission_total = ((cells_filled + cycle_length_days - 1) / cycle_length_days) * daily_amount");
                    table.ForeignKey(
                        name: "fk_tontine_participants_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tontine_participants_tontines_tontine_id",
                        column: x => x.tontine_id,
                        principalTable: "tontines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tontine_adhesions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tontine_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    daily_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    fee_paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    fee_channel = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    fee_journal_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tontine_adhesions", x => x.id);
                    table.CheckConstraint("ck_tontine_adhesions_daily_amount", "daily_amount > 0");
                    table.ForeignKey(
                        name: "fk_tontine_adhesions_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tontine_adhesions_journal_entries_fee_journal_entry_id",
                        column: x => x.fee_journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tontine_adhesions_tontine_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "tontine_participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tontine_adhesions_tontines_tontine_id",
                        column: x => x.tontine_id,
                        principalTable: "tontines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tontine_contributions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tontine_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_cell = table.Column<long>(type: "bigint", nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    commission_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    saving_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    collected_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tontine_contributions", x => x.id);
                    table.CheckConstraint("ck_tontine_contributions_parts", "days >= 1 AND first_cell >= 1 AND commission_amount >= 0 AND saving_amount >= 0 AND commission_amount + saving_amount = amount");
                    table.ForeignKey(
                        name: "fk_tontine_contributions_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tontine_contributions_tontine_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "tontine_participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tontine_withdrawals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tontine_withdrawals", x => x.id);
                    table.CheckConstraint("ck_tontine_withdrawals_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_tontine_withdrawals_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tontine_withdrawals_tontine_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "tontine_participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_tontine_participant_id",
                table: "journal_lines",
                column: "tontine_participant_id",
                filter: "tontine_participant_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_adhesions_client_id",
                table: "tontine_adhesions",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_adhesions_fee_journal_entry_id",
                table: "tontine_adhesions",
                column: "fee_journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_adhesions_institution_id_status_requested_at",
                table: "tontine_adhesions",
                columns: new[] { "institution_id", "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tontine_adhesions_participant_id",
                table: "tontine_adhesions",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_adhesions_tontine_id",
                table: "tontine_adhesions",
                column: "tontine_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_contributions_collected_by_created_at",
                table: "tontine_contributions",
                columns: new[] { "collected_by", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tontine_contributions_institution_id_date",
                table: "tontine_contributions",
                columns: new[] { "institution_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_tontine_contributions_journal_entry_id",
                table: "tontine_contributions",
                column: "journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_contributions_participant_id_first_cell",
                table: "tontine_contributions",
                columns: new[] { "participant_id", "first_cell" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tontine_participants_client_id",
                table: "tontine_participants",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_participants_institution_id_collector_id",
                table: "tontine_participants",
                columns: new[] { "institution_id", "collector_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tontine_participants_tontine_id_client_id",
                table: "tontine_participants",
                columns: new[] { "tontine_id", "client_id" },
                unique: true,
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_withdrawals_institution_id_status_requested_at",
                table: "tontine_withdrawals",
                columns: new[] { "institution_id", "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tontine_withdrawals_journal_entry_id",
                table: "tontine_withdrawals",
                column: "journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontine_withdrawals_participant_id",
                table: "tontine_withdrawals",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tontines_institution_id_code",
                table: "tontines",
                columns: new[] { "institution_id", "code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_journal_lines_tontine_participants_tontine_participant_id",
                table: "journal_lines",
                column: "tontine_participant_id",
                principalTable: "tontine_participants",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // A booklet's rows are history: a contribution is never edited or deleted.
            AppendOnlyTables.Protect(migrationBuilder, "tontine_contributions");

            // Institutions created before tontines get the accounts and purposes tontines post to.
            ChartOfAccountsMigrations.AddMissingAccounts(migrationBuilder, [
                ("254", "Dépôts de tontine des membres", "Liability", "TontineSavings"),
                ("706", "Frais d'adhésion aux tontines", "Income", "TontineAdhesionFeeIncome"),
                ("705", null, null, "TontineCommissionIncome"),
            ]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_journal_lines_tontine_participants_tontine_participant_id",
                table: "journal_lines");

            migrationBuilder.DropTable(
                name: "tontine_adhesions");

            migrationBuilder.DropTable(
                name: "tontine_contributions");

            migrationBuilder.DropTable(
                name: "tontine_withdrawals");

            migrationBuilder.DropTable(
                name: "tontine_participants");

            migrationBuilder.DropTable(
                name: "tontines");

            migrationBuilder.DropIndex(
                name: "ix_journal_lines_tontine_participant_id",
                table: "journal_lines");

            migrationBuilder.DropColumn(
                name: "tontine_participant_id",
                table: "journal_lines");
        }
    }
}
