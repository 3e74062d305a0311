using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>The <c>job_runs</c> table, beside the Quartz tables (<c>qrtz_*</c>, created by the migration's script).</summary>
public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("job_runs");
        b.HasKey(x => x.Id);
        b.Property(x => x.JobName).HasMaxLength(100);
        b.Property(x => x.TriggeredBy).HasMaxLength(20);
        b.Property(x => x.Outcome).HasMaxLength(20);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.Property(x => x.InstanceId).HasMaxLength(200);
        b.HasIndex(x => new { x.JobName, x.StartedAt });
    }
}
