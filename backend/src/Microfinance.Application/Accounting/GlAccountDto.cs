using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

public sealed class GlAccountDto
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public GlAccountType Type { get; set; }
    public int Class { get; set; }
    public bool IsActive { get; set; }
}
