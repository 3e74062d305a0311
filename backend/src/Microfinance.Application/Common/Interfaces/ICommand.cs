

namespace Microfinance.Application.Common.Interfaces;

/// <summary>A request that changes state: it runs in one transaction and leaves an audit record.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
