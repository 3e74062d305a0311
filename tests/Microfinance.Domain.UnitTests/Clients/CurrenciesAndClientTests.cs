using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Clients;

public sealed class CurrenciesAndClientTests
{
    // Decimals, not InlineData's doubles: 100 and 100.0 differ only in scale, which a double would lose (and xUnit would
    // then see one case twice and skip it).
    public static TheoryData<decimal, string, bool> Amounts => new()
    {
        { 100m, "XOF", true },
        { 100.0m, "XOF", true },
        { 100.5m, "XOF", false },
        { 100.25m, "EUR", true },
        { 100.255m, "EUR", false },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Amounts_fit_the_currencys_minor_unit_or_are_invalid(decimal amount, string currency, bool fits) =>
        Currencies.FitsMinorUnit(amount, currency).Should().Be(fits);

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -3)]
    [InlineData(2.49, 2)]
    public void Computed_amounts_round_half_away_from_zero(decimal amount, decimal rounded) =>
        Currencies.Round(amount, "XOF").Should().Be(rounded);

    private static ClientDetails Details(IdDocument? document = null) =>
        new("  Awa ", "Diallo", Gender.Female, new DateOnly(1990, 1, 1), "+22997000000", " ", null, "Cotonou", null, document);

    [Fact]
    public void A_client_without_an_id_document_waits_for_kyc_until_one_is_filed()
    {
        var client = new Client(Guid.NewGuid(), Guid.NewGuid(), "CL-000001", Details(), null, DateTimeOffset.UtcNow);
        client.Status.Should().Be(ClientStatus.PendingKyc);
        client.FirstName.Should().Be("Awa");
        client.Email.Should().BeNull();

        client.Update(Details(new IdDocument(IdDocumentType.NationalIdCard, "CI123", "hash")));
        client.Status.Should().Be(ClientStatus.Active);
    }

    [Fact]
    public void A_closed_client_is_frozen()
    {
        var client = new Client(Guid.NewGuid(), Guid.NewGuid(), "CL-000002", Details(new IdDocument(IdDocumentType.Passport, "P1", "h")), null, DateTimeOffset.UtcNow);
        client.Suspend();
        client.Invoking(c => c.Suspend()).Should().Throw<DomainException>();
        client.Reactivate();
        client.Close();
        client.Invoking(c => c.Update(Details())).Should().Throw<DomainException>().Which.Code.Should().Be("client_closed");
        client.Invoking(c => c.Close()).Should().Throw<DomainException>();
    }
}
