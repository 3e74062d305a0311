using Microfinance.Domain.Anomalies;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Anomalies;

public sealed class AnomalyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Auditor = Guid.NewGuid();
    private static readonly Guid Loan = Guid.NewGuid();

    private static AnomalyEvidence Evidence(decimal magnitude, string key = "loan-1") =>
        new(AnomalyRule.LateRepayment, key, AnomalySeverity.Medium, magnitude, new Dictionary<string, string> { ["installmentsLate"] = $"{magnitude}" },
            [new AnomalySubject("Loan", Loan, "PR-1")], new DateOnly(2026, 10, 1));

    [Fact]
    public void Found_again_an_open_finding_takes_the_new_figures_and_says_whether_anything_changed()
    {
        var anomaly = new Anomaly(Guid.NewGuid(), Evidence(1), Now);
        (anomaly.FirstDetectedAt, anomaly.LastDetectedAt, anomaly.DetectionCount).Should().Be((Now, Now, 1));

        anomaly.FoundAgain(Evidence(1), Now.AddDays(1)).Should().Be(AnomalyRedetection.Unchanged);
        anomaly.FoundAgain(Evidence(2), Now.AddDays(1)).Should().Be(AnomalyRedetection.Updated);

        anomaly.Status.Should().Be(AnomalyStatus.Open);
        anomaly.Figures["installmentsLate"].Should().Be("2");
        anomaly.Magnitude.Should().Be(2);
    }

    [Fact]
    public void A_dismissed_finding_stays_dismissed_with_its_figures_unless_it_gets_worse()
    {
        var anomaly = new Anomaly(Guid.NewGuid(), Evidence(2), Now);
        anomaly.Dismiss(Auditor, "Prêt rééchelonné", Now);

        anomaly.FoundAgain(Evidence(2), Now.AddDays(1)).Should().Be(AnomalyRedetection.Unchanged);
        anomaly.FoundAgain(Evidence(1), Now.AddDays(2)).Should().Be(AnomalyRedetection.Unchanged);
        anomaly.Status.Should().Be(AnomalyStatus.Dismissed);
        anomaly.Figures["installmentsLate"].Should().Be("2", "it keeps the figures it was dismissed on");

        anomaly.FoundAgain(Evidence(3), Now.AddDays(3)).Should().Be(AnomalyRedetection.Reopened);
        anomaly.Status.Should().Be(AnomalyStatus.Open);
        anomaly.Magnitude.Should().Be(3);
        anomaly.Comments.Last().Should().Be(new AnomalyComment(Now.AddDays(3), null, AnomalyStatus.Open, "2 → 3"));
    }

    [Fact]
    public void An_explained_finding_opens_again_only_when_worse_too()
    {
        var anomaly = new Anomaly(Guid.NewGuid(), Evidence(5), Now);
        anomaly.Explain(Auditor, "Sinistre couvert", Now);
        anomaly.FoundAgain(Evidence(5), Now.AddDays(1)).Should().Be(AnomalyRedetection.Unchanged);
        anomaly.Status.Should().Be(AnomalyStatus.Explained);
        anomaly.FoundAgain(Evidence(6), Now.AddDays(2)).Should().Be(AnomalyRedetection.Reopened);
    }

    [Fact]
    public void The_review_goes_forward_only_and_always_says_why()
    {
        var anomaly = new Anomaly(Guid.NewGuid(), Evidence(1), Now);

        anomaly.Invoking(a => a.Acknowledge(Auditor, "  ", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("comment_required");
        anomaly.Acknowledge(Auditor, " Client appelé ", Now);
        anomaly.Invoking(a => a.Acknowledge(Auditor, "Encore", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("anomaly_not_open");
        anomaly.Explain(Auditor, "Payé au guichet", Now.AddHours(1));
        anomaly.Invoking(a => a.Dismiss(Auditor, "Non", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("anomaly_closed");

        anomaly.Comments.Select(c => (c.Status, c.Text)).Should().Equal((AnomalyStatus.Acknowledged, "Client appelé"), (AnomalyStatus.Explained, "Payé au guichet"));
        (anomaly.ReviewedBy, anomaly.ReviewedAt).Should().Be((Auditor, Now.AddHours(1)));
    }

    [Fact]
    public void Another_situation_is_not_found_again_here()
    {
        var anomaly = new Anomaly(Guid.NewGuid(), Evidence(1), Now);
        anomaly.Invoking(a => a.FoundAgain(Evidence(1, "loan-2"), Now)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Settings_keep_only_what_differs_from_the_defaults_and_refuse_what_is_not_a_rule()
    {
        var settings = new AnomalySettings(Guid.NewGuid());
        var late = AnomalyRule.Find(AnomalyRule.LateRepayment)!;
        settings.Parameter(late, "minDaysLate").Should().Be(30);

        settings.Update(new Dictionary<string, (bool, IReadOnlyDictionary<string, decimal>)>
        {
            [AnomalyRule.LateRepayment] = (true, new Dictionary<string, decimal> { ["minDaysLate"] = 45, ["highSeverityDaysLate"] = 90 }),
            [AnomalyRule.OffHours] = (false, new Dictionary<string, decimal>()),
        });
        settings.Parameter(late, "minDaysLate").Should().Be(45);
        settings.Parameters.Should().ContainSingle().Which.Key.Should().Be("late_repayment.minDaysLate");
        settings.IsEnabled(AnomalyRule.OffHours).Should().BeFalse();
        settings.IsEnabled(AnomalyRule.LateRepayment).Should().BeTrue();

        settings.Invoking(s => s.Update(new Dictionary<string, (bool, IReadOnlyDictionary<string, decimal>)> { ["nope"] = (true, new Dictionary<string, decimal>()) }))
            .Should().Throw<DomainException>().Which.Code.Should().Be("unknown_rule");
        settings.Invoking(s => s.Update(new Dictionary<string, (bool, IReadOnlyDictionary<string, decimal>)>
            { [AnomalyRule.LateRepayment] = (true, new Dictionary<string, decimal> { ["nope"] = 1 }) }))
            .Should().Throw<DomainException>().Which.Code.Should().Be("unknown_rule_parameter");
    }
}
