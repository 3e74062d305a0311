using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>Money is numeric(19,4) everywhere (DOMAIN.md, Money).</summary>
internal static class MoneyColumn
{
    public static PropertyBuilder<decimal> IsMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(19, 4);
    public static PropertyBuilder<decimal?> IsMoney(this PropertyBuilder<decimal?> property) => property.HasPrecision(19, 4);
}
