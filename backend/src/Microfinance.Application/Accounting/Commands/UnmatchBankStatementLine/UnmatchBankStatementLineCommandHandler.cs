namespace Microfinance.Application.Accounting.Commands.UnmatchBankStatementLine;

public sealed class UnmatchBankStatementLineCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, BankReconciliation reconciliation)
    : IRequestHandler<UnmatchBankStatementLineCommand, BankStatementLineDto>
{
    public async Task<BankStatementLineDto> Handle(UnmatchBankStatementLineCommand r, CancellationToken cancellationToken)
    {
        await reconciliation.LockLineAccountAsync(r.Id, cancellationToken);
        var line = await db.BankStatementLines.GetAsync(r.Id, "Statement line", cancellationToken);
        line.Unmatch();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BankStatementLineDto.From(line);
    }
}
