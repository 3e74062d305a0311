using Microfinance.Domain.Deposits;
using Riok.Mapperly.Abstractions;

namespace Microfinance.Application.Deposits;

/// <summary>Source-generated mappings (Riok.Mapperly, docs/adr/0015): every DTO member must come from the entity.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DepositsMapper
{
    public static partial DepositProductDto ToDto(this DepositProduct source);

    /// <summary>Translated by EF into a SELECT of the DTO's columns only.</summary>
    public static partial IQueryable<DepositProductDto> ProjectToDto(this IQueryable<DepositProduct> source);
}
