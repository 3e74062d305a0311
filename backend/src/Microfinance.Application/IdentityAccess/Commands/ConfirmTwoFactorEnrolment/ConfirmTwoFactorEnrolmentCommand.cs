namespace Microfinance.Application.IdentityAccess.Commands.ConfirmTwoFactorEnrolment;

/// <summary>Confirms an enrolment with the first code the app shows; with an enrolment token, also ends the sign-in.</summary>
public sealed record ConfirmTwoFactorEnrolmentCommand(string Code, string? EnrolmentToken = null) : ICommand<TwoFactorConfirmationDto>;
