using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Clients.Commands.CloseClient;

public sealed class CloseClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ClientReader reader)
    : IRequestHandler<CloseClientCommand, ClientDto>
{
    public async Task<ClientDto> Handle(CloseClientCommand request, CancellationToken cancellationToken)
    {
        var open = await db.DepositAccounts.CountAsync(a => a.ClientId == request.Id && a.Status != DepositAccountStatus.Closed && a.Status != DepositAccountStatus.Rejected, cancellationToken);
        if (open > 0)
            throw new ConflictException("client_has_open_accounts", "Close the client's {0} open account(s) first.", open);
        var client = await db.Clients.GetAsync(request.Id, "Client", cancellationToken);
        client.Close();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }
}
