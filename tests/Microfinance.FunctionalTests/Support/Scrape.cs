using System.Globalization;
using System.Text.RegularExpressions;

namespace Microfinance.FunctionalTests.Support;

/// <summary>What <c>/metrics</c> serves, read as Prometheus reads it: samples by name and labels.</summary>
public sealed partial class Scrape(string text)
{
    public string Text { get; } = text;

    public static async Task<Scrape> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return new Scrape(text);
    }

    /// <summary>Every metric name that has a sample.</summary>
    public IReadOnlySet<string> Names =>
        Samples().Select(s => s.Name).ToHashSet();

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels contain every one of <paramref name="labels"/> (0 when none).</summary>
    public double Value(string name, params string[] labels) =>
        Samples().Where(s => s.Name == name && labels.All(s.Labels.Contains)).Sum(s => s.Value);

    private IEnumerable<(string Name, string Labels, double Value)> Samples() =>
        Text.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(line => SampleLine().Match(line)).Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["labels"].Value,
                double.Parse(m.Groups["value"].Value.Replace("+Inf", "Infinity"), CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<labels>\{(?:[^""}]|""(?:[^""\\]|\\.)*"")*\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();
}
