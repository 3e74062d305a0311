namespace Microfinance.Application.Tontines;

/// <summary>A tontine's terms, as created and as changed.</summary>
public interface ITontineFields
{
    string Name { get; }
    decimal MinDailyAmount { get; }
    decimal MaxDailyAmount { get; }
    decimal AdhesionFee { get; }
    int CycleLengthDays { get; }
}
