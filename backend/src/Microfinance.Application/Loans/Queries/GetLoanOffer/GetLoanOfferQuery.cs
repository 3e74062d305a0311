namespace Microfinance.Application.Loans.Queries.GetLoanOffer;

/// <summary>
/// The printable loan offer (PDF) of an application not yet disbursed (draft to approved): its terms, fees, the full
/// schedule as it would run from a disbursement today, and the total cost of the credit.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetLoanOfferQuery(Guid Id) : IRequest<Reporting.ReportFileDto>;
