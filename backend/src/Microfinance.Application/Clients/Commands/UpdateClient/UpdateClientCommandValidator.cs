namespace Microfinance.Application.Clients.Commands.UpdateClient;

public sealed class UpdateClientCommandValidator : AbstractValidator<UpdateClientCommand>
{
    public UpdateClientCommandValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}
