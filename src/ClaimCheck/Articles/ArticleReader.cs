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
    /// <exception cref="ArticleReadException">A path is missing, a folder holds no article, or a file cannot be read.</exception>
    public static IReadOnlyList<Article> ReadPaths(IEnumerable<string> paths, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return EnumeratePaths(paths, options).ToList();
    }

    /// <summary>Reads the articles under the given paths lazily, one file at a time, for streaming into a pipeline.</summary>
    /// <param name="paths">Files or folders (folders: supported files sorted by name, not recursive).</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The articles, in path order; a bad path throws when the enumeration reaches it.</returns>
    public static IEnumerable<Article> EnumeratePaths(IEnumerable<string> paths, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Enumerate(paths, options ?? CrossCheckOptions.Default);
    }

    private static IEnumerable<Article> Enumerate(IEnumerable<string> paths, CrossCheckOptions options)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new ArticleReadException(path, "no such file or folder");
            foreach (var file in FilesOf(path))
            {
                foreach (var article in ReadFile(file, options)) yield return article;
            }
        }
    }

    private static List<string> FilesOf(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(f => SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
                if (files.Count == 0) throw new ArticleReadException(path, "the folder holds no .txt, .html, .htm or .json article");
                return files;
            }
            if (File.Exists(path)) return new List<string> { path };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ArticleReadException(path, e.Message, inner: e);
        }
        throw new ArticleReadException(path, "no such file or folder");
    }

    /// <summary>Reads the articles of one file (a JSON file may hold many), choosing the format by extension (unknown: plain text).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The articles.</returns>
    /// <exception cref="ArticleReadException">The file is missing, unreadable, binary, badly encoded, empty or malformed.</exception>
    /// <exception cref="InputLimitException">The file is larger than <see cref="CrossCheckOptions.MaxFileBytes"/>.</exception>
    public static IReadOnlyList<Article> ReadFile(string path, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CrossCheckOptions.Default;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new ArticleReadException(path, "no such file or folder");
            if (info.Length > options.MaxFileBytes)
                throw new InputLimitException(path, $"the file has {info.Length} bytes; the limit is {options.MaxFileBytes} (MaxFileBytes)");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new ArticleReadException(path, e.Message, inner: e);
        }
        // The length can change between the check and the read; the limit holds for what was read.
        if (bytes.LongLength > options.MaxFileBytes)
            throw new InputLimitException(path, $"the file has {bytes.LongLength} bytes; the limit is {options.MaxFileBytes} (MaxFileBytes)");
        if (bytes.Length == 0) throw new ArticleReadException(path, "empty article");

        var notices = new List<string>();
        string text = TextDecoder.Decode(bytes, path, notices);
        string id = Path.GetFileNameWithoutExtension(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".html" or ".htm":
                return new[] { ReadHtmlCore(id, text, options, notices, path) };
            case ".json":
                return JsonArticleReader.Read(id, path, text, options, notices);
            default:
                return new[] { ArticleFactory.Create(id, text, options, null, null, notices, path) };
        }
    }

    /// <summary>Reads a plain-text article, recognising its title, dateline, byline and boilerplate.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="text">The text, exactly as it should be indexed.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleReadException">The text is empty or white space only.</exception>
    public static Article ReadText(string id, string text, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return ArticleFactory.Create(id, text, options ?? CrossCheckOptions.Default, null, null, new List<string>(), id);
    }

    /// <summary>Reads an HTML article: its main text (article, main or body element, without page furniture) and its metadata.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="html">The markup; malformed markup is repaired the way browsers do.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is the extracted text, which all offsets index.</returns>
    /// <exception cref="ArticleReadException">The markup holds no text.</exception>
    public static Article ReadHtml(string id, string html, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(html);
        return ReadHtmlCore(id, html, options ?? CrossCheckOptions.Default, new List<string>(), id);
    }

    /// <summary>Reads the articles of a JSON document: one article object or an array of them.</summary>
    /// <param name="sourceName">The source name: used in error messages and as the default id (<c>name</c> or <c>name#index</c>).</param>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <c>null</c> for the defaults.</param>
    /// <returns>The articles, in document order.</returns>
    /// <exception cref="ArticleReadException">The JSON is malformed, too deep, or an article lacks a string <c>text</c>.</exception>
    /// <exception cref="InputLimitException">The array holds more than <see cref="CrossCheckOptions.MaxArticlesPerFile"/> articles.</exception>
    public static IReadOnlyList<Article> ReadJson(string sourceName, string json, CrossCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(json);
        return JsonArticleReader.Read(sourceName, sourceName, json, options ?? CrossCheckOptions.Default, Array.Empty<string>());
    }

    private static Article ReadHtmlCore(string id, string html, CrossCheckOptions options, List<string> notices, string source)
    {
        HtmlArticleExtractor.Extracted extracted;
        try
        {
            // Element nesting is allowed four times the JSON limit (256 by default): real pages nest 30–80 deep.
            extracted = HtmlArticleExtractor.Extract(html, Math.Max(1, options.MaxNestingDepth) * 4, notices);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or AngleSharp.Dom.DomException)
        {
            // AngleSharp repairs almost anything; this guards the rest so callers see one exception type.
            throw new ArticleReadException(source, "unreadable HTML: " + e.Message, inner: e);
        }
        if (string.IsNullOrWhiteSpace(extracted.Text)) throw new ArticleReadException(source, "empty article: the HTML holds no text");
        var meta = new ArticleMetadata(extracted.Title, extracted.Published, extracted.Outlet, extracted.Byline, extracted.Url);
        return ArticleFactory.Create(id, extracted.Text, options, new LayoutHints(extracted.Title, extracted.HeadingStarts), meta, notices, source);
    }
}
