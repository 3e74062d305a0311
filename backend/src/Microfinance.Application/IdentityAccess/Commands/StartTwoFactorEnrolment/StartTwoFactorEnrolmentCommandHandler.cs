namespace Microfinance.Application.IdentityAccess.Commands.StartTwoFactorEnrolment;

public sealed class StartTwoFactorEnrolmentCommandHandler(TwoFactorEnrollee enrollee, ITwoFactorService twoFactor)
    : IRequestHandler<StartTwoFactorEnrolmentCommand, TwoFactorEnrolmentDto>
{
    public async Task<TwoFactorEnrolmentDto> Handle(StartTwoFactorEnrolmentCommand request, CancellationToken cancellationToken)
    {
        var user = await enrollee.ResolveAsync(request.EnrolmentToken, cancellationToken);
        return await twoFactor.StartEnrolmentAsync(user, cancellationToken);
    }
}
