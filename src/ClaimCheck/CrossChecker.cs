using ClaimCheck.Articles;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;

namespace ClaimCheck;

/// <summary>The entry point: cross-check articles or files, or compare two statements, with the default pipeline.</summary>
/// <remarks>Thread-safe. For custom tables or components build a pipeline with <see cref="CrossCheckPipelineBuilder"/>.</remarks>
public static class CrossChecker
{
    /// <summary>Cross-checks articles.</summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <returns>The report.</returns>
    public static CrossCheckReport Check(IEnumerable<Article> articles) => CrossCheckPipeline.Default.Run(articles);

    /// <summary>Reads and cross-checks files or folders (.txt, .html, .htm, .json).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArticleReadException">A path is missing or a file cannot be read.</exception>
    public static CrossCheckReport CheckFiles(params string[] paths) =>
        CrossCheckPipeline.Default.Run(ArticleReader.ReadPaths(paths, CrossCheckPipeline.Default.Options));

    /// <summary>Compares two statements with the engine the cross-check uses.</summary>
    /// <param name="a">The first statement.</param>
    /// <param name="b">The second statement.</param>
    /// <returns>The verdict, score and explanation.</returns>
    public static ClaimComparison Compare(string a, string b) => CrossCheckPipeline.Default.Compare(a, b);
}
