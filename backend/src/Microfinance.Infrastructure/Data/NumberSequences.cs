using Microfinance.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data;

public sealed class NumberSequences(AppDbContext db, ITenantContext tenant) : INumberSequences
{
    public async Task<long> NextAsync(string counter, CancellationToken cancellationToken)
    {
        var institutionId = tenant.RequiredInstitutionId;
        // The row lock taken by the upsert is held until commit: numbers are handed out one transaction at a time.
        var values = await db.Database.SqlQuery<long>($"""
            INSERT INTO number_counters (institution_id, name, last_value) VALUES ({institutionId}, {counter}, 1)
            ON CONFLICT (institution_id, name) DO UPDATE SET last_value = number_counters.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(cancellationToken);
        return values.Single();
    }
}
