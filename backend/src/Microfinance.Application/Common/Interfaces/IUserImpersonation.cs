

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Lets trusted server code (demo seeding, scheduled jobs) run the use cases of one DI scope as a given user, through
/// exactly the same pipeline as a request. Nothing a client sends can reach it.
/// </summary>
public interface IUserImpersonation
{
    void ActAs(UserIdentity user);
}
