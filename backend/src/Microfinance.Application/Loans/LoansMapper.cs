using Microfinance.Domain.Loans;
using Riok.Mapperly.Abstractions;

namespace Microfinance.Application.Loans;

/// <summary>Source-generated mappings (Riok.Mapperly, docs/adr/0015): every DTO member must come from the entity.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class LoansMapper
{
    public static partial LoanProductDto ToDto(this LoanProduct source);

    public static partial LoanRepaymentDto ToDto(this LoanRepayment source);

    /// <summary>Translated by EF into a SELECT of the DTO's columns only.</summary>
    public static partial IQueryable<LoanProductDto> ProjectToDto(this IQueryable<LoanProduct> source);
}
