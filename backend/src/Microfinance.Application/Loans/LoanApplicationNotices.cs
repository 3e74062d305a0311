using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Loans;

/// <summary>
/// Tells a loan application's step to the role that acts next (submitted → the branch's supervisors, recommended → the
/// SfdAdmins, approved → the branch's supervisors, who disburse) and back to the agent who wrote it, unless they took
/// the step themselves.
/// </summary>
public sealed class LoanApplicationNotices(IApplicationDbContext db, Notifier notifier, InstitutionProfile institution, ICurrentUser user)
{
    public async Task StepAsync(Loan loan, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == loan.ClientId).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        object?[] arguments = [loan.Number, loan.Status, new MoneyText(loan.Principal, await institution.CurrencyAsync(cancellationToken)), client, user.DisplayName];
        var link = $"/loans/{loan.Id}";
        var next = loan.Status switch
        {
            LoanStatus.Submitted or LoanStatus.Approved => (Role: Roles.Supervisor, Branch: (Guid?)loan.BranchId),
            LoanStatus.Recommended => (Role: Roles.SfdAdmin, Branch: null),
            _ => ((string Role, Guid? Branch)?)null,
        };
        if (next is { } role)
            await notifier.ToRoleAsync(role.Role, role.Branch, NotificationKind.LoanApplicationStep, link, cancellationToken, arguments);
        if (loan.CreatedBy != user.UserId)
            await notifier.ToUsersAsync([loan.CreatedBy], NotificationKind.LoanApplicationStep, link, cancellationToken, arguments);
    }
}
