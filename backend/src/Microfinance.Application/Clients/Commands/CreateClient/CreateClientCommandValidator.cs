namespace Microfinance.Application.Clients.Commands.CreateClient;

public sealed class CreateClientCommandValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientCommandValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}
