using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.RecommendLoanApplication;

[Authorize(Roles.Supervisor)]
public sealed record RecommendLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;
