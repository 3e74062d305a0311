namespace Microfinance.Application.Common.Models;

/// <summary>Paging arguments shared by every list query.</summary>
public interface IPageRequest
{
    int Page { get; }
    int PageSize { get; }
}
