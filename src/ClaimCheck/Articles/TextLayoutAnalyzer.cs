namespace ClaimCheck.Articles;

/// <summary>What the reader already knows about an article's layout before looking at its lines.</summary>
/// <param name="KnownTitle">The title from metadata (HTML head, JSON field); when set, the first line is not guessed to be the title.</param>
/// <param name="HeadingLineStarts">Offsets of lines the markup says are headings (HTML h1–h6).</param>
internal sealed record LayoutHints(string? KnownTitle = null, IReadOnlySet<int>? HeadingLineStarts = null);

/// <summary>The regions and metadata recognised in an article's lines.</summary>
internal sealed class LayoutResult
{
    /// <summary>Classified regions, sorted and disjoint.</summary>
    public List<ArticleRegion> Regions { get; } = new();

    /// <summary>The title line's text, when one was recognised.</summary>
    public string? Title { get; set; }

    /// <summary>The first dateline's date.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The first byline's name.</summary>
    public string? Byline { get; set; }
}

/// <summary>Classifies the lines of a plain-text article as title, dateline, byline, heading, boilerplate or body.</summary>
/// <remarks>
/// One forward pass over the lines with hand-written tests per line: time is linear in the text's length and no
/// regular expression is used. The text is never changed; regions are spans into it. Lines are trimmed, so
/// regions never start or end with white space. Thread-safe (no shared state).
/// </remarks>
internal static class TextLayoutAnalyzer
{
    private enum Tail
    {
        None,
        // After "Previous"/"Next": teaser headlines of other articles.
        Navigation,
        // After "Sources:", "Comments", "Related": lists of headlines or reader comments.
        List,
    }

    private static readonly HashSet<string> NavigationLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "previous", "next", "previous article", "next article", "previous post", "next post", "older post",
        "newer post", "older posts", "newer posts", "home", "« previous", "next »", "prev",
    };

    private static readonly HashSet<string> ListStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "sources", "source list", "references", "related", "related articles", "related stories", "related posts",
        "related news", "read more", "read also", "more from", "you may also like", "recommended", "more stories",
        "comments", "post a comment", "no comments", "leave a comment", "leave a reply", "show comments", "add comment",
        "add a comment", "0 comments", "1 comment",
    };

    // Prefixes that make a whole line page furniture whatever its length.
    private static readonly string[] CreditPrefixes =
    {
        "tags:", "tag:", "photo:", "photo by ", "photos:", "photograph:", "photo credit", "image:", "image credit",
        "image source", "images:", "picture:", "pictured:", "credit:", "file photo", "©", "copyright ",
        "(photo", "[photo",
    };

    // Prefixes that make a short line page furniture (calls to action).
    private static readonly string[] ActionPrefixes =
    {
        "share", "share this", "share on", "subscribe", "sign up", "follow us", "follow on", "click here",
        "advertisement", "sponsored", "print", "email", "download the app", "like us on",
    };

    private static readonly string[] ImageExtensions = { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".avif", ".tif", ".tiff" };

    private static readonly string[] BylinePrefixes = { "written by ", "by ", "author: ", "reporting by ", "words by ", "story by ", "posted by " };

    private static readonly string[] DateLabels = { "date", "published on", "published", "posted on", "posted", "updated on", "updated", "last updated" };

    /// <summary>Classifies the lines of <paramref name="text"/>.</summary>
    /// <param name="text">The article text; not changed.</param>
    /// <param name="hints">What markup or metadata already told, or <c>null</c>.</param>
    /// <returns>The regions, title, dateline and byline found.</returns>
    public static LayoutResult Analyze(string text, LayoutHints? hints = null)
    {
        var result = new LayoutResult();
        var pieces = new List<ArticleRegion>();
        string? knownTitle = hints?.KnownTitle?.Trim();
        if (string.IsNullOrEmpty(knownTitle)) knownTitle = null;
        var headingStarts = hints?.HeadingLineStarts;
        bool titlePlaced = false;
        bool bodySeen = false;
        var tail = Tail.None;
        string? titleText = knownTitle;

        int pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            int ts = pos, te = lineEnd;
            pos = nl < 0 ? text.Length : nl + 1;
            while (ts < te && char.IsWhiteSpace(text[ts])) ts++;
            while (te > ts && char.IsWhiteSpace(text[te - 1])) te--;
            if (te == ts) continue;
            var line = text.AsSpan(ts, te - ts);
            var span = TextSpan.FromBounds(ts, te);

            if (headingStarts is not null && headingStarts.Contains(ts))
            {
                if (!titlePlaced && (titleText is null || Same(line, titleText)))
                {
                    titlePlaced = true;
                    titleText ??= line.ToString();
                    result.Title ??= titleText;
                    pieces.Add(new ArticleRegion(span, RegionKind.Title));
                }
                else pieces.Add(new ArticleRegion(span, RegionKind.Heading));
                tail = Tail.None;
                continue;
            }

            if (tail != Tail.None)
            {
                if (!IsParagraphLike(line))
                {
                    pieces.Add(new ArticleRegion(span, RegionKind.Boilerplate));
                    continue;
                }
                tail = Tail.None;
            }

            var boiler = BoilerplateKind(line);
            if (boiler is not null)
            {
                if (boiler != Tail.None) tail = boiler.Value;
                pieces.Add(new ArticleRegion(span, RegionKind.Boilerplate));
                continue;
            }

            if (TryDateline(text, ts, te, out var date, out int dateEnd, out int restStart))
            {
                if (restStart >= te)
                {
                    result.Published ??= date;
                    pieces.Add(new ArticleRegion(span, RegionKind.Dateline));
                    continue;
                }
                if (!titlePlaced && knownTitle is null)
                {
                    // " date 2025-02-18 US-Russia ties resurrect …": a dateline glued to the title.
                    result.Published ??= date;
                    pieces.Add(new ArticleRegion(TextSpan.FromBounds(ts, dateEnd), RegionKind.Dateline));
                    pieces.Add(new ArticleRegion(TextSpan.FromBounds(restStart, te), RegionKind.Title));
                    titlePlaced = true;
                    titleText = text.Substring(restStart, te - restStart);
                    result.Title = titleText;
                    continue;
                }
            }

            if (!bodySeen && TryBylinePrefix(line, out string? name))
            {
                result.Byline ??= name;
                pieces.Add(new ArticleRegion(span, RegionKind.Byline));
                continue;
            }

            if (!titlePlaced && !bodySeen)
            {
                if (knownTitle is not null ? Same(line, knownTitle) : LooksLikeTitle(line))
                {
                    titlePlaced = true;
                    titleText ??= line.ToString();
                    result.Title = titleText;
                    pieces.Add(new ArticleRegion(span, RegionKind.Title));
                    continue;
                }
                // With a known title the text need not repeat it; stop looking once the body starts.
                if (knownTitle is null) titlePlaced = true;
            }

            if (titleText is not null && Same(line, titleText))
            {
                // Pages often repeat the title (breadcrumb, social card): it states nothing new.
                pieces.Add(new ArticleRegion(span, RegionKind.Heading));
                continue;
            }

            if (!bodySeen && (titlePlaced || knownTitle is not null) && IsBareName(line))
            {
                result.Byline ??= line.ToString();
                pieces.Add(new ArticleRegion(span, RegionKind.Byline));
                continue;
            }

            if (IsHeading(line))
            {
                pieces.Add(new ArticleRegion(span, RegionKind.Heading));
                continue;
            }

            bodySeen = true;
            pieces.Add(new ArticleRegion(span, RegionKind.Body));
        }

        Merge(pieces, result.Regions);
        return result;
    }

    /// <summary>Joins runs of body lines (and runs of boilerplate lines) into single regions.</summary>
    private static void Merge(List<ArticleRegion> pieces, List<ArticleRegion> output)
    {
        foreach (var p in pieces)
        {
            if (output.Count > 0)
            {
                var last = output[^1];
                if (last.Kind == p.Kind && (p.Kind == RegionKind.Body || p.Kind == RegionKind.Boilerplate))
                {
                    output[^1] = new ArticleRegion(TextSpan.FromBounds(last.Span.Start, p.Span.End), p.Kind);
                    continue;
                }
            }
            output.Add(p);
        }
    }

    private static bool Same(ReadOnlySpan<char> line, string other) =>
        line.Equals(other.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns <c>null</c> for a line that is not boilerplate, else the tail mode it starts (<see cref="Tail.None"/> for a lone line).</summary>
    private static Tail? BoilerplateKind(ReadOnlySpan<char> line)
    {
        var bare = line.TrimEnd(":.…»>").Trim();
        if (bare.Length <= 40)
        {
            string key = bare.ToString();
            if (NavigationLines.Contains(key)) return Tail.Navigation;
            if (ListStarters.Contains(key) || IsCommentCount(bare)) return Tail.List;
        }
        foreach (var p in CreditPrefixes)
        {
            if (line.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return Tail.None;
        }
        int words = CountWords(line, 21);
        if (words <= 20)
        {
            foreach (var p in ActionPrefixes)
            {
                if (line.StartsWith(p, StringComparison.OrdinalIgnoreCase)
                    && (line.Length == p.Length || !char.IsLetter(line[p.Length]))) return Tail.None;
            }
            if (line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase)) return Tail.None;
        }
        if (words == 1 && (IsImageName(line) || IsUrl(line))) return Tail.None;
        if (IsCaptionWithCredit(line)) return Tail.None;
        return null;
    }

    // "12 Comments", "Comments (3)".
    private static bool IsCommentCount(ReadOnlySpan<char> bare)
    {
        int i = 0;
        while (i < bare.Length && char.IsAsciiDigit(bare[i])) i++;
        if (i > 0 && i < bare.Length && bare[i] == ' ')
        {
            var rest = bare[(i + 1)..];
            return rest.Equals("comments", StringComparison.OrdinalIgnoreCase) || rest.Equals("comment", StringComparison.OrdinalIgnoreCase);
        }
        return bare.StartsWith("comments (", StringComparison.OrdinalIgnoreCase) && bare.EndsWith(")");
    }

    private static bool IsImageName(ReadOnlySpan<char> line)
    {
        int q = line.IndexOfAny('?', '#');
        var path = q >= 0 ? line[..q] : line;
        foreach (var ext in ImageExtensions)
        {
            if (path.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && path.Length > ext.Length) return true;
        }
        return false;
    }

    private static bool IsUrl(ReadOnlySpan<char> line) =>
        line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    // "Lavrov arrives in Riyadh for talks. ©Russian Foreign Ministry": a caption ends with a short credit.
    private static bool IsCaptionWithCredit(ReadOnlySpan<char> line)
    {
        int c = line.LastIndexOf('©');
        if (c < 0) return false;
        var credit = line[(c + 1)..].Trim();
        return CountWords(credit, 8) <= 7 && !EndsWithFinalPunctuation(credit);
    }

    /// <summary>A long line that ends like a sentence: real running text, which ends a navigation or list tail.</summary>
    private static bool IsParagraphLike(ReadOnlySpan<char> line) =>
        CountWords(line, 16) >= 16 && EndsWithFinalPunctuation(line);

    private static bool TryDateline(string text, int ts, int te, out DateOnly date, out int dateEnd, out int restStart)
    {
        date = default;
        dateEnd = restStart = ts;
        int i = ts;
        foreach (var label in DateLabels)
        {
            if (te - i >= label.Length && text.AsSpan(i, label.Length).Equals(label, StringComparison.OrdinalIgnoreCase)
                && (i + label.Length == te || !char.IsLetter(text[i + label.Length])))
            {
                i += label.Length;
                while (i < te && (text[i] == ' ' || text[i] == ':' || text[i] == '\t')) i++;
                break;
            }
        }
        if (!DateParser.TryParseAt(text, i, te, out date, out int next)) return false;
        dateEnd = next;
        int r = next;
        while (r < te && (char.IsWhiteSpace(text[r]) || text[r] == ',' || text[r] == '|' || text[r] == '-' || text[r] == '—' || text[r] == '–')) r++;
        // "18 February 2025, 10:30 GMT": a time belongs to the dateline.
        if (r < te && DateParser.IsTimeAt(text, r, te) && CountWords(text.AsSpan(r, te - r), 4) <= 3)
        {
            dateEnd = te;
            r = te;
        }
        restStart = r;
        return true;
    }

    private static bool TryBylinePrefix(ReadOnlySpan<char> line, out string? name)
    {
        name = null;
        foreach (var p in BylinePrefixes)
        {
            if (!line.StartsWith(p, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = line[p.Length..].Trim();
            if (rest.Length == 0 || !char.IsUpper(rest[0]) || rest.Contains(',') || EndsWithFinalPunctuation(rest)) return false;
            if (CountWords(rest, 8) > 6) return false;
            name = rest.ToString();
            return true;
        }
        return false;
    }

    // "Raunaq Mohammad": two or three capitalised words and nothing else.
    private static bool IsBareName(ReadOnlySpan<char> line)
    {
        if (line.Length > 40) return false;
        int words = 0;
        bool atWordStart = true;
        foreach (char c in line)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }
            if (atWordStart)
            {
                if (!char.IsUpper(c)) return false;
                words++;
                atWordStart = false;
            }
            else if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') return false;
        }
        return words is 2 or 3;
    }

    private static bool LooksLikeTitle(ReadOnlySpan<char> line)
    {
        if (CountWords(line, 31) > 30) return false;
        var end = line.TrimEnd("\"”’')]");
        return end.Length > 0 && end[^1] != '.' || end.EndsWith("...") || end.EndsWith("…");
    }

    /// <summary>A short line without final punctuation that is not a "Label: sentence" line.</summary>
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        if (CountWords(line, 9) > 8) return false;
        if (EndsWithFinalPunctuation(line) || line[^1] == ',' || line[^1] == '-') return false;
        if (!char.IsUpper(line[0]) && !char.IsDigit(line[0])) return false;
        int colon = line.IndexOf(':');
        if (colon >= 0 && colon < line.Length - 1) return false;
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>Whether the text ends with . ! ? … : ; optionally followed by closing quotes or brackets.</summary>
    internal static bool EndsWithFinalPunctuation(ReadOnlySpan<char> s)
    {
        int i = s.Length - 1;
        while (i >= 0 && (s[i] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' || char.IsWhiteSpace(s[i]))) i--;
        return i >= 0 && s[i] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>Counts white-space-separated words, stopping early at <paramref name="cap"/>.</summary>
    internal static int CountWords(ReadOnlySpan<char> s, int cap)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord)
            {
                inWord = true;
                if (++n >= cap) return n;
            }
        }
        return n;
    }
}
