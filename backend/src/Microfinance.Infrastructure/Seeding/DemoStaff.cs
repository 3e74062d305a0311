using MediatR;
using Microfinance.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>Runs use cases as the demo staff, each call in its own scope (its own unit of work), as separate requests would.</summary>
public sealed class DemoStaff(IServiceScopeFactory scopes, UserIdentity admin, UserIdentity supervisor, UserIdentity agent, UserIdentity accountant)
{
    public Task<T> AsAdmin<T>(Func<IMediator, Task<T>> work) => As(admin, work);
    public Task<T> AsSupervisor<T>(Func<IMediator, Task<T>> work) => As(supervisor, work);
    public Task<T> AsAgent<T>(Func<IMediator, Task<T>> work) => As(agent, work);
    public Task<T> AsAccountant<T>(Func<IMediator, Task<T>> work) => As(accountant, work);
    public Guid AgentId => agent.Id;

    /// <summary>The same staff with another agent at the counter.</summary>
    public DemoStaff WithAgent(UserIdentity otherAgent) => new(scopes, admin, supervisor, otherAgent, accountant);

    private async Task<T> As<T>(UserIdentity user, Func<IMediator, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IUserImpersonation>().ActAs(user);
        return await work(scope.ServiceProvider.GetRequiredService<IMediator>());
    }
}
