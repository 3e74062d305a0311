namespace Microfinance.Application.IdentityAccess.Commands.StartTwoFactorEnrolment;

/// <summary>
/// Starts an enrolment: by a signed-in user (from their profile), or with the enrolment token the password step gave a
/// user who must enrol.
/// </summary>
public sealed record StartTwoFactorEnrolmentCommand(string? EnrolmentToken = null) : ICommand<TwoFactorEnrolmentDto>;
