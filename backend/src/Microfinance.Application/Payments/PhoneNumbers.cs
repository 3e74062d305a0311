namespace Microfinance.Application.Payments;

public static class PhoneNumbers
{
    /// <summary>E.164: a plus, a country code that does not start with 0, up to 15 digits in all.</summary>
    public const string E164 = @"^\+[1-9][0-9]{7,14}$";
}
