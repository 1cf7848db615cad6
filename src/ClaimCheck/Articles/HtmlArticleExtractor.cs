using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimCheck.Articles;

/// <summary>Extracts an article's text and metadata from HTML.</summary>
/// <remarks>
/// AngleSharp parses (it is forgiving of malformed markup) after <see cref="HtmlDepthLimiter"/> has flattened nesting
/// past the limit (deep nesting makes tree construction quadratic); the text is built here by an iterative walk, so a
/// deeply nested document cannot overflow the stack either. Block elements become line breaks ("\n\n" between paragraphs), runs of
/// white space collapse to one space, and page furniture (script, style, nav, header, footer, aside, figure, forms)
/// is dropped. Thread-safe (no shared state).
/// </remarks>
internal static class HtmlArticleExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "nav", "header", "footer", "aside", "figure", "figcaption", "form", "noscript",
        "template", "iframe", "svg", "button", "select", "textarea", "object", "embed", "canvas", "video", "audio",
        "dialog", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> ParagraphBlocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "main", "div", "ul", "ol",
        "dl", "table", "hr", "address", "details", "summary", "center",
    };

    private static readonly HashSet<string> LineBlocks = new(StringComparer.Ordinal)
    {
        "br", "li", "tr", "dt", "dd", "caption", "thead", "tbody", "tfoot",
    };

    /// <summary>The text and metadata taken from one HTML document.</summary>
    internal sealed class Extracted
    {
        /// <summary>The extracted text.</summary>
        public required string Text { get; init; }

        /// <summary>Offsets where heading lines (h1–h6) start in <see cref="Text"/>.</summary>
        public required HashSet<int> HeadingStarts { get; init; }

        /// <summary>The title from h1, og:title or the title element.</summary>
        public string? Title { get; init; }

        /// <summary>The date from article:published_time or a time element.</summary>
        public DateOnly? Published { get; init; }

        /// <summary>The site name from og:site_name.</summary>
        public string? Outlet { get; init; }

        /// <summary>The author from the author meta tag.</summary>
        public string? Byline { get; init; }

        /// <summary>The canonical address.</summary>
        public string? Url { get; init; }
    }

    /// <summary>Parses <paramref name="html"/> and extracts its article.</summary>
    /// <param name="html">The markup.</param>
    /// <param name="maxDepth">Elements nested deeper than this are flattened (no more line breaks) and a notice added.</param>
    /// <param name="notices">Receives notes about what was changed.</param>
    /// <returns>The text and metadata.</returns>
    public static Extracted Extract(string html, int maxDepth, List<string> notices)
    {
        html = HtmlDepthLimiter.Limit(html, maxDepth, out bool preFlattened);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);

        // One iterative pass over the whole document collects what the metadata lookups need.
        IElement? firstArticle = null, firstMain = null, firstH1 = null, titleElement = null, firstTime = null;
        string? ogTitle = null, siteName = null, author = null, publishedMeta = null, canonical = null, ogUrl = null;
        var stack = new Stack<INode>();
        stack.Push(document);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement e)
            {
                switch (e.LocalName)
                {
                    case "article": firstArticle ??= e; break;
                    case "main": firstMain ??= e; break;
                    case "h1": firstH1 ??= e; break;
                    case "title": titleElement ??= e; break;
                    case "time": firstTime ??= e; break;
                    case "link" when string.Equals(e.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                        canonical ??= e.GetAttribute("href");
                        break;
                    case "meta":
                        string key = (e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop") ?? "").ToLowerInvariant();
                        string? content = e.GetAttribute("content");
                        switch (key)
                        {
                            case "og:title": ogTitle ??= content; break;
                            case "og:site_name": siteName ??= content; break;
                            case "og:url": ogUrl ??= content; break;
                            case "author" or "article:author" or "byl": author ??= content; break;
                            case "article:published_time" or "datepublished" or "date" or "pubdate" or "publishdate": publishedMeta ??= content; break;
                        }
                        break;
                }
            }
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }

        var root = (INode?)firstArticle ?? (INode?)firstMain ?? (INode?)document.Body ?? document.DocumentElement;
        var builder = new TextBuilder();
        bool flattened = Walk(root, builder, maxDepth) | preFlattened;
        if (flattened) notices.Add($"HTML nested deeper than {maxDepth} elements was flattened (MaxNestingDepth)");

        DateOnly? published = publishedMeta is null ? null : DateParser.ParseWhole(publishedMeta);
        if (published is null && firstTime is not null)
            published = DateParser.ParseWhole(firstTime.GetAttribute("datetime") ?? CollapsedText(firstTime));

        return new Extracted
        {
            Text = builder.ToString(),
            HeadingStarts = builder.HeadingStarts,
            Title = NullIfEmpty(firstH1 is null ? null : CollapsedText(firstH1)) ?? NullIfEmpty(ogTitle?.Trim())
                    ?? NullIfEmpty(titleElement is null ? null : CollapsedText(titleElement)),
            Published = published,
            Outlet = NullIfEmpty(siteName?.Trim()),
            Byline = NullIfEmpty(author?.Trim()),
            Url = NullIfEmpty((canonical ?? ogUrl)?.Trim()),
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>Walks <paramref name="root"/> without recursion, appending its visible text; returns whether depth was capped.</summary>
    private static bool Walk(INode root, TextBuilder builder, int maxDepth)
    {
        bool flattened = false;
        // Invariant: an entry with Exit = true closes the element pushed just before its children.
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (node is IText text)
            {
                builder.AppendText(text.Data);
                continue;
            }
            if (node is not IElement element)
            {
                if (node is IDocument or IDocumentFragment) PushChildren(stack, node, depth);
                continue;
            }
            string name = element.LocalName;
            if (Dropped.Contains(name) && !ReferenceEquals(node, root)) continue;
            bool deep = depth > maxDepth;
            if (deep) flattened = true;
            int breakKind = deep ? 0 : ParagraphBlocks.Contains(name) ? 2 : LineBlocks.Contains(name) ? 1 : 0;
            bool heading = !deep && name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
            if (exit)
            {
                if (heading) builder.EndHeading();
                builder.Break(breakKind);
                continue;
            }
            builder.Break(breakKind);
            if (heading) builder.StartHeading();
            stack.Push((node, depth, true));
            PushChildren(stack, node, depth + 1);
        }
        return flattened;
    }

    private static void PushChildren(Stack<(INode, int, bool)> stack, INode node, int depth)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], depth, false));
    }

    /// <summary>The text under <paramref name="element"/>, white space collapsed, gathered without recursion.</summary>
    private static string CollapsedText(IElement element)
    {
        var builder = new TextBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t) builder.AppendText(t.Data);
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return builder.ToString();
    }

    /// <summary>Accumulates text with collapsed white space and lazily written line breaks.</summary>
    private sealed class TextBuilder
    {
        private readonly StringBuilder _sb = new();
        private int _pendingBreak;
        private bool _pendingSpace;
        private bool _inHeading;
        private int _headingStart = -1;
        private bool _atLineStart = true;

        public HashSet<int> HeadingStarts { get; } = new();

        /// <summary>Asks for a line break (1) or paragraph break (2) before the next text; 0 does nothing.</summary>
        public void Break(int kind)
        {
            if (kind > _pendingBreak) _pendingBreak = kind;
        }

        public void StartHeading()
        {
            _inHeading = true;
            _headingStart = -1;
        }

        public void EndHeading()
        {
            if (_inHeading && _headingStart >= 0) HeadingStarts.Add(_headingStart);
            _inHeading = false;
        }

        public void AppendText(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_pendingBreak > 0)
                {
                    if (_sb.Length > 0)
                    {
                        _sb.Append('\n', _pendingBreak);
                        _atLineStart = true;
                    }
                    _pendingBreak = 0;
                    _pendingSpace = false;
                }
                if (_pendingSpace && _sb.Length > 0 && !_atLineStart) _sb.Append(' ');
                _pendingSpace = false;
                if (_inHeading && _headingStart < 0) _headingStart = _sb.Length;
                _sb.Append(c);
                _atLineStart = false;
            }
        }

        public override string ToString() => _sb.ToString();
    }
}
