using Microfinance.Domain.Audit;

namespace Microfinance.Domain.UnitTests.Audit;

public sealed class AuditChainVerifierTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private static List<AuditRecord> Chain(int length)
    {
        var records = new List<AuditRecord>();
        var previous = AuditRecord.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var record = new AuditRecord(Guid.NewGuid(), i, Start.AddMinutes(i), Guid.NewGuid(), "agent", "CreateBranch", "Branch",
                Guid.NewGuid().ToString(), null, $$"""{"name":"Agence {{i}}"}""", "127.0.0.1", $"corr-{i}", previous);
            records.Add(record);
            previous = record.Hash;
        }
        return records;
    }

    private static void Tamper(AuditRecord record, string property, object? value) =>
        typeof(AuditRecord).GetProperty(property)!.SetValue(record, value);

    [Fact]
    public void An_intact_chain_verifies()
    {
        var result = AuditChainVerifier.Verify(Chain(5));

        result.Should().Be(new AuditChainVerification(true, 5, null, null, null));
    }

    [Fact]
    public void An_empty_chain_verifies()
    {
        AuditChainVerifier.Verify([]).Ok.Should().BeTrue();
    }

    [Theory]
    [InlineData(nameof(AuditRecord.After), "{\"name\":\"Agence Fantôme\"}")]
    [InlineData(nameof(AuditRecord.Action), "DeleteBranch")]
    [InlineData(nameof(AuditRecord.ActorUsername), "someone.else")]
    [InlineData(nameof(AuditRecord.IpAddress), null)]
    public void An_edited_field_breaks_the_chain_at_that_record(string property, object? value)
    {
        var chain = Chain(5);
        Tamper(chain[2], property, value);

        var result = AuditChainVerifier.Verify(chain);

        result.Ok.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
        result.FirstBrokenRecordId.Should().Be(chain[2].Id);
        result.CheckedCount.Should().Be(2);
        result.Reason.Should().Contain("edited");
    }

    [Fact]
    public void An_edited_time_breaks_the_chain()
    {
        var chain = Chain(3);
        Tamper(chain[0], nameof(AuditRecord.OccurredAt), chain[0].OccurredAt.AddSeconds(-1));

        AuditChainVerifier.Verify(chain).FirstBrokenSequence.Should().Be(1);
    }

    [Fact]
    public void A_removed_record_breaks_the_chain_at_the_next_one()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditChainVerifier.Verify(chain);

        result.Ok.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("removed");
    }

    [Fact]
    public void A_rehashed_edit_is_still_caught_by_the_next_records_link()
    {
        var chain = Chain(4);
        Tamper(chain[1], nameof(AuditRecord.After), "{}");
        Tamper(chain[1], nameof(AuditRecord.Hash), chain[1].ComputeHash());

        var result = AuditChainVerifier.Verify(chain);

        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("previous-hash");
    }

    [Fact]
    public void Time_is_kept_to_the_microsecond_so_the_hash_survives_the_database()
    {
        var precise = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567);
        var record = new AuditRecord(null, 1, precise, null, null, "Login", null, null, null, null, null, null, AuditRecord.GenesisHash);

        record.OccurredAt.Ticks.Should().Be(precise.Ticks - 7);
        record.Hash.Should().Be(record.ComputeHash()).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Sequences_start_at_one()
    {
        var act = () => new AuditRecord(null, 0, Start, null, null, "Login", null, null, null, null, null, null, AuditRecord.GenesisHash);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Interleaved_chains_verify_each_on_its_own()
    {
        var first = Chain(4);
        var second = new List<AuditRecord>();
        var previous = AuditRecord.GenesisHash;
        for (var i = 1; i <= 3; i++)
        {
            var record = new AuditRecord(null, i, Start.AddMinutes(i), null, null, "Deposit", null, null, null, null, null, null, previous, chain: 5);
            second.Add(record);
            previous = record.Hash;
        }

        AuditChainVerifier.Verify(first.Zip(second).SelectMany(p => new[] { p.First, p.Second }).Concat(first.Skip(3)))
            .Should().Be(new AuditChainVerification(true, 7, null, null, null));

        Tamper(second[1], nameof(AuditRecord.Action), "Withdrawal");
        var broken = AuditChainVerifier.Verify(first.Concat(second));
        broken.FirstBrokenChain.Should().Be(5);
        broken.FirstBrokenSequence.Should().Be(2);
    }

    [Fact]
    public void Moving_a_record_to_another_chain_breaks_its_hash()
    {
        var record = new AuditRecord(null, 1, Start, null, null, "Deposit", null, null, null, null, null, null, AuditRecord.GenesisHash, chain: 3);
        Tamper(record, nameof(AuditRecord.Chain), 0);

        record.ComputeHash().Should().NotBe(record.Hash);
    }
}
