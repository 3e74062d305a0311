using System.Globalization;

namespace Microfinance.Domain.Common;

/// <summary>
/// Messages are English composite-format templates with their arguments (ADR 0016): the API shows them in the reader's
/// language; logs and <see cref="Exception.Message"/> get this invariant English form.
/// </summary>
public static class MessageTemplate
{
    public static string Invariant(string template, IReadOnlyList<object?> arguments) =>
        arguments.Count == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, [.. arguments]);
}
