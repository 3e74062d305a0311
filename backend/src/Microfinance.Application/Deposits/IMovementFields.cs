using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

public interface IMovementFields
{
    decimal Amount { get; }
    string? Reference { get; }
}
