namespace Microfinance.Infrastructure.Data;

/// <summary>The SQL scripts that migrations run, embedded from <c>Data/Migrations/Sql</c>.</summary>
public static class EmbeddedSql
{
    public static string Read(string fileName)
    {
        var resource = $"Microfinance.Infrastructure.Data.Migrations.Sql.{fileName}";
        using var stream = typeof(EmbeddedSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
