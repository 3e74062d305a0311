namespace Microfinance.Application.IdentityAccess.Commands.ConfirmTwoFactorEnrolment;

public sealed class ConfirmTwoFactorEnrolmentCommandHandler(TwoFactorEnrollee enrollee, ITwoFactorService twoFactor, ITokenService tokens)
    : IRequestHandler<ConfirmTwoFactorEnrolmentCommand, TwoFactorConfirmationDto>
{
    public async Task<TwoFactorConfirmationDto> Handle(ConfirmTwoFactorEnrolmentCommand request, CancellationToken cancellationToken)
    {
        var user = await enrollee.ResolveAsync(request.EnrolmentToken, cancellationToken);
        var recoveryCodes = await twoFactor.ConfirmEnrolmentAsync(user.Id, request.Code, cancellationToken);
        // Enrolling was the rest of this user's sign-in: the session begins now.
        var session = request.EnrolmentToken is null ? null : await tokens.IssueAsync(user, familyId: null, cancellationToken);
        return new TwoFactorConfirmationDto(recoveryCodes, session);
    }
}
