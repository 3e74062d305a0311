namespace Microfinance.Domain.Anomalies;

/// <summary>
/// An object a finding concerns, for its links: <paramref name="Type"/> is an entity type (<c>Client</c>,
/// <c>DepositAccount</c>, <c>AccountTransaction</c>, <c>Loan</c>, <c>User</c>, <c>CashDrawerSession</c>,
/// <c>PaymentIntent</c>, <c>OrphanPayment</c>…), <paramref name="Label"/> what a person calls it (a number, a name).
/// </summary>
public sealed record AnomalySubject(string Type, Guid Id, string? Label = null);
