using Riok.Mapperly.Abstractions;

namespace Microfinance.Application.IdentityAccess;

/// <summary>Source-generated mappings (Riok.Mapperly, docs/adr/0015): every DTO member must come from the entity.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApiClientMapper
{
    public static partial ApiClientDto ToDto(this ApiClient source);

    /// <summary>Translated by EF into a SELECT of the DTO's columns only.</summary>
    public static partial IQueryable<ApiClientDto> ProjectToDto(this IQueryable<ApiClient> source);
}
