using Microfinance.Domain.Accounting;
using Riok.Mapperly.Abstractions;

namespace Microfinance.Application.Accounting;

/// <summary>Source-generated mappings (Riok.Mapperly, docs/adr/0015): every DTO member must come from the entity.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class LedgerMapper
{
    public static partial GlAccountDto ToDto(this GlAccount source);

    /// <summary>Translated by EF into a SELECT of the DTO's columns only.</summary>
    public static partial IQueryable<GlAccountDto> ProjectToDto(this IQueryable<GlAccount> source);
}
