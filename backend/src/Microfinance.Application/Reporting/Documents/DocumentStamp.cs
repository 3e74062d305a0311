namespace Microfinance.Application.Reporting.Documents;

/// <summary>
/// Who prints (or exports) what, where and when: the institution and how its currency reads ("FCFA"), the instant
/// (<see cref="At"/>, UTC) and the same in the institution's time zone (<see cref="LocalAt"/>), the user and their name.
/// Shared by the printable documents and the report exports.
/// </summary>
public sealed record DocumentStamp(
    Guid InstitutionId, string InstitutionName, string CurrencyLabel, DateTimeOffset At, DateTime LocalAt, Guid? UserId, string By);
