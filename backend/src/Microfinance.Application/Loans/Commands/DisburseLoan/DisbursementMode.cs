using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.DisburseLoan;

public enum DisbursementMode
{
    ToSavingsAccount,
    Cash,
}
