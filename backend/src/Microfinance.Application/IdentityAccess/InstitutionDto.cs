namespace Microfinance.Application.IdentityAccess;

public sealed class InstitutionDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public string CurrencyCode { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public InstitutionStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
