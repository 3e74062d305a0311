namespace Microfinance.Application.Loans.Queries.GetDisbursementVoucher;

/// <summary>
/// The printable disbursement voucher (PDF) of a disbursed loan: the amount handed over in cash or credited to an
/// account, the fees (due with the first installment, never withheld), signature boxes for client, agent and cashier.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetDisbursementVoucherQuery(Guid Id) : IRequest<Reporting.ReportFileDto>;
