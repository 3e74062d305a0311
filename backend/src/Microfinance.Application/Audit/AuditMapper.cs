using Microfinance.Domain.Audit;
using Riok.Mapperly.Abstractions;

namespace Microfinance.Application.Audit;

/// <summary>Source-generated mappings (Riok.Mapperly, docs/adr/0015): every DTO member must come from the entity.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AuditMapper
{
    /// <summary>Translated by EF into a SELECT of the DTO's columns only.</summary>
    public static partial IQueryable<AuditRecordDto> ProjectToDto(this IQueryable<AuditRecord> source);

    /// <summary>The record's own columns; its words are not columns, they are added per page (<see cref="AuditRecordWords"/>).</summary>
    [MapperIgnoreTarget(nameof(AuditRecordDto.ActorName))]
    [MapperIgnoreTarget(nameof(AuditRecordDto.ActionLabel))]
    [MapperIgnoreTarget(nameof(AuditRecordDto.IsSignIn))]
    [MapperIgnoreTarget(nameof(AuditRecordDto.EntityTypeLabel))]
    [MapperIgnoreTarget(nameof(AuditRecordDto.EntityName))]
    private static partial AuditRecordDto ToDto(AuditRecord record);
}
