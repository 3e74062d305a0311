using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Common;

public sealed class EntityIdTests
{
    [Fact]
    public void New_ids_are_time_ordered_uuid_v7_down_to_journal_lines()
    {
        var line = JournalLine.DebitOf(Guid.NewGuid(), 100);
        Entity.NewId().Version.Should().Be(7);
        line.Id.Version.Should().Be(7);

        // PostgreSQL orders uuids by their bytes as written: an id made later sorts after (the ms timestamp leads).
        var earlier = Entity.NewId();
        Thread.Sleep(2);
        var later = Entity.NewId();
        string.CompareOrdinal(later.ToString(), earlier.ToString()).Should().BePositive();
    }
}
