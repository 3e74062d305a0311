using Microfinance.Domain.Payments;
using Riok.Mapperly.Abstractions;

namespace Microfinance.Application.Payments;

/// <summary>Source-generated mappings (Riok.Mapperly, docs/adr/0015): every DTO member must come from the entity.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PaymentsMapper
{
    public static partial PaymentEventDto ToDto(this PaymentEvent source);

    /// <summary>Translated by EF into a SELECT of the DTO's columns only.</summary>
    public static partial IQueryable<PaymentProviderDto> ProjectToDto(this IQueryable<PaymentProvider> source);
}
