using ClaimCheck.Articles;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>The sample corpus (<c>samples/data/riyadh-2025</c>) the stage benchmarks run on.</summary>
/// <remarks>The csproj copies it next to the program as <c>SampleData/riyadh-2025</c>; a source checkout works too.</remarks>
public static class SampleCorpus
{
    private static readonly Lazy<string> FolderPath = new(Find);

    /// <summary>The folder holding the sample articles.</summary>
    public static string Folder => FolderPath.Value;

    /// <summary>The sample files, sorted by name.</summary>
    public static IReadOnlyList<string> Files =>
        Directory.GetFiles(Folder, "*.txt").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();

    /// <summary>The raw texts, keyed by article id (file name without extension).</summary>
    public static IReadOnlyList<(string Id, string Text)> Texts() =>
        Files.Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f).TrimStart('\uFEFF'))).ToList();

    /// <summary>The articles as <see cref="ArticleReader"/> reads them.</summary>
    public static IReadOnlyList<Article> Articles() => ArticleReader.ReadPaths(new[] { Folder });

    /// <summary>A pipeline that runs on one thread, so a stage's time is not spread over cores.</summary>
    public static CrossCheckPipeline SingleThreaded() =>
        new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = 1 }).Build();

    private static string Find()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "SampleData", "riyadh-2025");
        if (Directory.Exists(copied)) return copied;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var source = Path.Combine(dir.FullName, "samples", "data", "riyadh-2025");
            if (Directory.Exists(source)) return source;
        }
        throw new DirectoryNotFoundException($"sample corpus not found: neither {copied} nor samples/data/riyadh-2025 above {AppContext.BaseDirectory}");
    }
}
