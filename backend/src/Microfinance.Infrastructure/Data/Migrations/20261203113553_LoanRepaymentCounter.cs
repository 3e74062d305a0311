using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class LoanRepaymentCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "last_repayment_sequence",
                table: "loans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Repayments were numbered 1..n per loan (a count + 1); the counter goes on from the highest.
            migrationBuilder.Sql("""
                UPDATE loans l SET last_repayment_sequence = r.last
                  FROM (SELECT loan_id, max(sequence) AS last FROM loan_repayments GROUP BY loan_id) r
                 WHERE r.loan_id = l.id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_repayment_sequence",
                table: "loans");
        }
    }
}
