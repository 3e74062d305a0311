namespace Microfinance.Infrastructure.Seeding;

public sealed record DemoProducts(Guid Savings, Guid Current, Guid Loan, Guid SimpleCredit);
