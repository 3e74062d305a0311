namespace Microfinance.Domain.Tontines;

/// <summary>What a contribution filled: cells <see cref="FirstCell"/> onwards, <see cref="Days"/> of them, and how its amount splits.</summary>
public sealed record ContributionSplit(long FirstCell, int Days, decimal Amount, decimal Commission, decimal Saving)
{
    public long LastCell => FirstCell + Days - 1;
}
