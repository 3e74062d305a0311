namespace Microfinance.Application.Common.Localization;

public static class LocalizedRuleExtensions
{
    /// <summary>A validation message in the reader's language, built when the rule fails (validators are singletons).</summary>
    public static IRuleBuilderOptions<T, TProperty> WithLocalizedMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string template, params object?[] arguments) =>
        rule.WithMessage(_ => Localizer.Format(template, arguments));
}
