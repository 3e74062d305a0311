namespace Microfinance.FunctionalTests.Support;

public static class RepositoryPaths
{
    /// <summary>The checkout's root: the nearest folder above the test binaries holding Microfinance.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Microfinance.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Microfinance.sln not found above " + AppContext.BaseDirectory);
    }
}
