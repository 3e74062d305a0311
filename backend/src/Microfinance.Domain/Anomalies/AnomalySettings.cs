using Microfinance.Domain.Common;

namespace Microfinance.Domain.Anomalies;

/// <summary>
/// An institution's choices for detection: the rules it turned off and the parameters it changed from the defaults
/// (<see cref="AnomalyRule.All"/>). Only the differences are kept, so a default changed in a later version reaches
/// every institution that did not choose otherwise.
/// </summary>
public sealed class AnomalySettings : ITenantOwned
{
    private AnomalySettings() { }

    public AnomalySettings(Guid institutionId) => InstitutionId = institutionId;

    public Guid InstitutionId { get; private set; }
    public List<string> DisabledRules { get; private set; } = [];
    /// <summary>"rule.parameter" → value, for the parameters that differ from their default.</summary>
    public Dictionary<string, decimal> Parameters { get; private set; } = [];

    public bool IsEnabled(string rule) => !DisabledRules.Contains(rule);

    public decimal Parameter(AnomalyRule rule, string name) =>
        Parameters.TryGetValue($"{rule.Code}.{name}", out var value) ? value
        : rule.Defaults.TryGetValue(name, out var fallback) ? fallback
        : throw new ArgumentException($"{rule.Code} has no parameter {name}.", nameof(name));

    /// <summary>Replaces the choices: every rule's enabled flag and parameters, each checked against the rule's own.</summary>
    public void Update(IReadOnlyDictionary<string, (bool Enabled, IReadOnlyDictionary<string, decimal> Parameters)> rules)
    {
        var disabled = new List<string>();
        var parameters = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, (enabled, values)) in rules)
        {
            var rule = AnomalyRule.Find(code) ?? throw new DomainException("unknown_rule", "There is no rule {0}.", code);
            if (!enabled) disabled.Add(code);
            foreach (var (name, value) in values)
            {
                if (!rule.Defaults.TryGetValue(name, out var fallback))
                    throw new DomainException("unknown_rule_parameter", "The rule {0} has no parameter {1}.", code, name);
                if (value < 0) throw new DomainException("negative_rule_parameter", "The parameter {0} of {1} cannot be negative.", name, code);
                if (value != fallback) parameters[$"{code}.{name}"] = value;
            }
        }
        DisabledRules = [.. disabled.Order(StringComparer.Ordinal)];
        Parameters = parameters;
    }
}
