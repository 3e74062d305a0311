namespace Microfinance.Application.Reporting;

/// <summary>Names by id for one report run (<see cref="ReportNames"/>); an id it does not know shows as empty.</summary>
public sealed class ReportNameBook(
    IReadOnlyDictionary<Guid, string> branches, IReadOnlyDictionary<Guid, string> loanProducts, IReadOnlyDictionary<Guid, string> agents)
{
    public string Branch(Guid id) => branches.GetValueOrDefault(id, "");
    public string LoanProduct(Guid id) => loanProducts.GetValueOrDefault(id, "");
    public string Agent(Guid? id) => id is { } agent ? agents.GetValueOrDefault(agent, "") : "";
}
