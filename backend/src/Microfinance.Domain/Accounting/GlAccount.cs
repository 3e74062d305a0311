using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

public enum GlAccountType
{
    Asset,
    Liability,
    Equity,
    Income,
    Expense,
}

/// <summary>
/// A general-ledger account of the institution's chart (classes 1–7 of the SFD chart: the class is the code's first
/// digit). Customer accounts are sub-ledgers of one of these.
/// </summary>
public sealed class GlAccount : Entity, ITenantOwned
{
    private GlAccount() { }

    public GlAccount(Guid institutionId, string code, string name, GlAccountType type, DateTimeOffset createdAt)
    {
        if (code.Length is < 2 or > 12 || !code.All(char.IsAsciiDigit) || code[0] is < '1' or > '7')
            throw new DomainException("gl_code_invalid", "A GL code is 2 to 12 digits and starts with its class, 1 to 7.");
        InstitutionId = institutionId;
        Code = code;
        Class = code[0] - '0';
        Type = type;
        CreatedAt = createdAt;
        Rename(name);
    }

    public Guid InstitutionId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public GlAccountType Type { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The chart class, 1 to 7: the code's first digit.</summary>
    public int Class { get; private set; }

    /// <summary>Assets and expenses grow with debits; liabilities, equity and income with credits.</summary>
    public bool IsDebitNormal => Type is GlAccountType.Asset or GlAccountType.Expense;

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("gl_name_required", "A GL account needs a name.");
        Name = name.Trim();
    }
}
