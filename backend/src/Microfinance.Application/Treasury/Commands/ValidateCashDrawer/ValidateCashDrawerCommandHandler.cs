namespace Microfinance.Application.Treasury.Commands.ValidateCashDrawer;

public sealed class ValidateCashDrawerCommandHandler(IUnitOfWork unitOfWork, IRowLocks locks, CashDrawerReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ValidateCashDrawerCommand, CashDrawerDto>
{
    public async Task<CashDrawerDto> Handle(ValidateCashDrawerCommand r, CancellationToken cancellationToken)
    {
        var session = await locks.LockCashDrawerAsync(r.Id, cancellationToken) ?? throw new NotFoundException("CashDrawer", r.Id);
        if (user.Role == Roles.Supervisor && user.BranchId is { } branch && session.BranchId != branch)
            throw new ForbiddenAccessException("A supervisor validates the cash drawers of their own branch.");
        session.Validate(user.UserId!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.OneAsync(session.Id, cancellationToken);
    }
}
