namespace Microfinance.Application.Deposits;

public interface IMovementFields
{
    decimal Amount { get; }
    string? Reference { get; }
}
