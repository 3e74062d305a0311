using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>One line of a count: a denomination code and a whole, non-negative number of pieces (the code itself is checked against the currency by <see cref="CashCount"/>).</summary>
public sealed class DenominationCountValidator : AbstractValidator<DenominationCount>
{
    /// <summary>Every note and coin of a currency, with room to spare.</summary>
    public const int MaxLines = 40;

    public DenominationCountValidator()
    {
        RuleFor(c => c.Denomination).NotEmpty().MaximumLength(20);
        RuleFor(c => c.Count).InclusiveBetween(0, CashCount.MaxPieces);
    }
}
