namespace Microfinance.Application.Payments;

/// <summary>Configuration section <c>Payments</c>: when pending payments are asked about, and when they expire.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>A payment still pending this long after it was made is asked about at its provider.</summary>
    public int ReconcileAfterMinutes { get; set; } = 5;

    /// <summary>A payment the provider still has not settled this long after it was made expires.</summary>
    public int ExpireAfterHours { get; set; } = 24;
}
