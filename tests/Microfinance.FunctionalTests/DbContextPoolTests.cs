using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests;

/// <summary>Contexts are pooled (ADR 0012): a rented context serves one request at a time, bound to that request.</summary>
public sealed class DbContextPoolTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_rented_context_goes_back_to_the_pool_only_when_its_request_ends()
    {
        AppDbContext used;
        await using (var first = app.Services.CreateAsyncScope())
        {
            used = first.ServiceProvider.GetRequiredService<AppDbContext>();
            first.ServiceProvider.GetRequiredService<IApplicationDbContext>().Should().BeSameAs(used);
            // What the scope does once for every service type the context was resolved as — possibly after another
            // request has rented a context.
            await used.DisposeAsync();
            used.Dispose();

            await using var second = app.Services.CreateAsyncScope();
            ReferenceEquals(second.ServiceProvider.GetRequiredService<AppDbContext>(), used).Should().BeFalse("a context in use is not in the pool");
            using var unrestricted = first.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
            (await used.Branches.CountAsync()).Should().BeGreaterThan(0, "the context still serves its request");
        }

        // Given back now (the pool is first in, first out), and bound to the next request that rents it: these have no
        // institution in scope.
        await using var third = app.Services.CreateAsyncScope();
        await using var fourth = app.Services.CreateAsyncScope();
        var reused = new[] { third, fourth }.Select(s => s.ServiceProvider.GetRequiredService<AppDbContext>()).ToList();
        reused.Any(c => ReferenceEquals(c, used)).Should().BeTrue("the context was given back to the pool");
        foreach (var context in reused)
            (await context.Branches.CountAsync()).Should().Be(0);
    }
}
