namespace ClaimCheck.Articles;

/// <summary>Metadata a reader found outside the text (HTML head, JSON fields); each wins over what layout analysis guesses.</summary>
/// <param name="Title">The title.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Outlet">The outlet or site.</param>
/// <param name="Byline">The author.</param>
/// <param name="Url">The address.</param>
internal sealed record ArticleMetadata(string? Title = null, DateOnly? Published = null, string? Outlet = null, string? Byline = null, string? Url = null);

/// <summary>Builds an <see cref="Article"/> from text: applies the length limit, runs layout analysis, merges metadata.</summary>
internal static class ArticleFactory
{
    /// <summary>Creates the article.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="text">The text every offset will index.</param>
    /// <param name="options">Limits.</param>
    /// <param name="hints">Layout hints from markup, or <c>null</c>.</param>
    /// <param name="meta">Metadata found outside the text, or <c>null</c>.</param>
    /// <param name="notices">Notes so far; the cut notice is added here.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleReadException">The text is empty or white space only.</exception>
    public static Article Create(string id, string text, CrossCheckOptions options, LayoutHints? hints, ArticleMetadata? meta, List<string> notices, string source)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArticleReadException(source, "empty article");
        int max = Math.Max(1, options.MaxArticleChars);
        if (text.Length > max)
        {
            int cut = max;
            if (char.IsHighSurrogate(text[cut - 1])) cut--; // never split a surrogate pair
            notices.Add($"text cut to its first {cut} of {text.Length} characters (MaxArticleChars = {options.MaxArticleChars})");
            text = text[..cut];
        }
        var layout = TextLayoutAnalyzer.Analyze(text, hints);
        return new Article(
            id,
            text,
            title: meta?.Title ?? layout.Title,
            published: meta?.Published ?? layout.Published,
            outlet: meta?.Outlet,
            byline: meta?.Byline ?? layout.Byline,
            url: meta?.Url,
            regions: layout.Regions,
            notices: notices);
    }
}
