using System.Globalization;
using Microfinance.Application.Common.Localization;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;

namespace Microfinance.ArchitectureTests;

/// <summary>
/// Every SMS a client can receive fits in one message — 160 characters of the GSM alphabet — in French and in English,
/// with values as long as real ones get: a compound first name, 10 000 000 FCFA, a long loan number, a long tontine
/// name and a long institution name. A character outside the GSM alphabet would turn the SMS into UCS-2, 70 characters.
/// </summary>
public sealed class SmsTemplateTests
{
    private const int SmsLength = 160;

    /// <summary>The GSM 03.38 basic character set (what one 160-character SMS may hold without escapes).</summary>
    private const string Gsm = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string FirstName = "Marie-Christelle Eyram";
    private const string Institution = "Caisse Rurale d'Epargne et de Credit de Bohicon";
    private static readonly MoneyText Amount = new(10_000_000, "XOF");

    /// <summary>Each client-facing kind with the arguments the reminders job passes it, at their longest.</summary>
    private static readonly Dictionary<NotificationKind, object?[]> LongValues = new()
    {
        [NotificationKind.InstallmentDueSoon] = [FirstName, 36, "PR-999999", Amount, "25/12/2026", Institution],
        [NotificationKind.InstallmentOverdue] = [FirstName, 36, "PR-999999", Amount, "25/12/2026", Institution],
        [NotificationKind.TontineContributionsMissed] = [FirstName, "Tontine des revendeuses du marché Dantokpa", 365, Institution],
    };

    public static TheoryData<NotificationKind, string> SmsKinds()
    {
        var data = new TheoryData<NotificationKind, string>();
        foreach (var kind in NotificationTemplates.All.Where(t => t.Value.Sms is not null).Select(t => t.Key))
            foreach (var language in new[] { "fr", "en" })
                data.Add(kind, language);
        return data;
    }

    [Fact]
    public void Every_kind_with_an_sms_has_its_long_values_here()
    {
        NotificationTemplates.All.Where(t => t.Value.Sms is not null).Select(t => t.Key).Should().BeEquivalentTo(LongValues.Keys);
    }

    [Theory]
    [MemberData(nameof(SmsKinds))]
    public void Each_sms_fits_in_one_message_with_long_values(NotificationKind kind, string language)
    {
        var text = Localizer.Format(NotificationTemplates.All[kind].Sms!, LongValues[kind], CultureInfo.GetCultureInfo(language));

        text.Should().Contain(FirstName).And.Contain(Institution).And.NotContain("{");
        text.Length.Should().BeLessThanOrEqualTo(SmsLength, text);
        text.Where(c => !Gsm.Contains(c)).Should().BeEmpty($"\"{text}\" must stay in the GSM alphabet");
    }

    [Fact]
    public void The_amount_reads_as_francs_with_spaces()
    {
        var text = Localizer.Format(NotificationTemplates.All[NotificationKind.InstallmentDueSoon].Sms!, LongValues[NotificationKind.InstallmentDueSoon],
            CultureInfo.GetCultureInfo("en"));

        text.Should().Contain("10 000 000 FCFA").And.Contain("25/12/2026");
    }
}
