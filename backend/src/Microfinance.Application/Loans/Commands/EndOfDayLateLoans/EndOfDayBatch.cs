using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Loans.Commands.EndOfDayLateLoans;

public sealed record EndOfDayBatch(int Loans, Guid? LastLoanId, int PenaltiesCharged, decimal TotalPenalties);
