using System.Collections.Immutable;

namespace ClaimCheck.Articles;

/// <summary>What a stretch of an article's text is.</summary>
public enum RegionKind
{
    /// <summary>Running text that may hold claims.</summary>
    Body,
    /// <summary>The article's title line.</summary>
    Title,
    /// <summary>The publication date line.</summary>
    Dateline,
    /// <summary>Author or outlet line ("Written by …").</summary>
    Byline,
    /// <summary>A section heading inside the body: no claims.</summary>
    Heading,
    /// <summary>Page furniture: image names, photo credits, navigation, comments, source lists. No claims.</summary>
    Boilerplate,
}

/// <summary>A classified stretch of an article's text.</summary>
/// <param name="Span">Where the region lies in <see cref="Article.Text"/>.</param>
/// <param name="Kind">What the region is.</param>
public readonly record struct ArticleRegion(TextSpan Span, RegionKind Kind);

/// <summary>One news article as read: its text exactly as read plus what was recognised in it.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Text"/> is the text every offset in ClaimCheck indexes: for plain
/// text the file's characters (UTF-8 decoded, byte-order mark dropped, line endings untouched); for HTML and
/// JSON input the extracted text. Invariant: regions are sorted, disjoint and lie inside <see cref="Text"/>.
/// </remarks>
public sealed class Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">A stable identifier, unique within one cross-check (usually the file name without extension).</param>
    /// <param name="text">The text every offset indexes.</param>
    /// <param name="title">The title, when known.</param>
    /// <param name="published">The dateline (publication date), when known.</param>
    /// <param name="outlet">The outlet or site, when known.</param>
    /// <param name="byline">The author, when known.</param>
    /// <param name="url">The address the article came from, when known.</param>
    /// <param name="regions">Classified regions; when <c>null</c> the whole text is one body region.</param>
    /// <param name="notices">Human-readable notes about what reading changed or cut.</param>
    public Article(
        string id,
        string text,
        string? title = null,
        DateOnly? published = null,
        string? outlet = null,
        string? byline = null,
        string? url = null,
        IEnumerable<ArticleRegion>? regions = null,
        IEnumerable<string>? notices = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Title = title;
        Published = published;
        Outlet = outlet;
        Byline = byline;
        Url = url;
        var list = regions?.Where(r => r.Span.Length > 0 && r.Span.Start >= 0 && r.Span.End <= text.Length)
                           .OrderBy(r => r.Span).ToImmutableArray()
                   ?? (text.Length == 0 ? ImmutableArray<ArticleRegion>.Empty
                                        : ImmutableArray.Create(new ArticleRegion(new TextSpan(0, text.Length), RegionKind.Body)));
        Regions = list;
        Notices = notices?.ToImmutableArray() ?? ImmutableArray<string>.Empty;
    }

    /// <summary>The article's identifier.</summary>
    public string Id { get; }

    /// <summary>The text every offset indexes.</summary>
    public string Text { get; }

    /// <summary>The title, when known.</summary>
    public string? Title { get; }

    /// <summary>The dateline, against which relative dates ("last week", "on Tuesday") are resolved.</summary>
    public DateOnly? Published { get; }

    /// <summary>The outlet or site, when known.</summary>
    public string? Outlet { get; }

    /// <summary>The author, when known.</summary>
    public string? Byline { get; }

    /// <summary>The address the article came from, when known.</summary>
    public string? Url { get; }

    /// <summary>Classified regions of <see cref="Text"/>, sorted by start.</summary>
    public ImmutableArray<ArticleRegion> Regions { get; }

    /// <summary>Notes about what reading changed or cut (limits applied, encodings fixed).</summary>
    public ImmutableArray<string> Notices { get; }

    /// <summary>The regions that may hold claims.</summary>
    public IEnumerable<TextSpan> BodySpans => Regions.Where(r => r.Kind == RegionKind.Body).Select(r => r.Span);

    /// <summary>Returns a copy with another identifier.</summary>
    /// <param name="id">The new identifier.</param>
    /// <returns>The renamed article.</returns>
    public Article WithId(string id) => new(id, Text, Title, Published, Outlet, Byline, Url, Regions, Notices);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Text.Length} chars)";
}
