using System.Text;

namespace ClaimCheck.Articles;

/// <summary>Flattens markup nested deeper than a limit before it reaches the HTML parser.</summary>
/// <remarks>
/// HTML tree construction looks through the stack of open elements for many tags, so a document nested tens of
/// thousands deep takes quadratic time to parse. A linear hand scan estimates the nesting (counting elements that
/// need an end tag; void and self-closing tags and the auto-closed p, li, td, tr … are not counted) and, only when the
/// estimate passes the limit, drops the start and end tags beyond it, keeping their text. Thread-safe.
/// </remarks>
internal static class HtmlDepthLimiter
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt",
        "rp", "html", "head", "body", "frame", "keygen",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Returns <paramref name="html"/> unchanged when its estimated nesting is within <paramref name="limit"/>, else a flattened copy.</summary>
    /// <param name="html">The markup.</param>
    /// <param name="limit">The deepest nesting kept.</param>
    /// <param name="flattened">Whether tags were dropped.</param>
    /// <returns>The markup to parse.</returns>
    public static string Limit(string html, int limit, out bool flattened)
    {
        flattened = Scan(html, limit, null);
        if (!flattened) return html;
        var output = new StringBuilder(html.Length);
        Scan(html, limit, output);
        return output.ToString();
    }

    /// <summary>One pass over the markup; copies it to <paramref name="output"/> (when given) without the tags beyond the limit.</summary>
    /// <returns>Whether some tag lay beyond the limit.</returns>
    private static bool Scan(string html, int limit, StringBuilder? output)
    {
        bool beyond = false;
        int depth = 0;
        int copied = 0; // html[..copied] has been handled
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            char c = html[lt + 1];
            if (c == '!' || c == '?')
            {
                int close = string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0
                    ? IndexAfter(html, "-->", lt + 4)
                    : IndexAfter(html, ">", lt + 2);
                i = close;
                continue;
            }
            bool end = c == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            int n = nameStart;
            while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] == '-' || html[n] == ':')) n++;
            if (n == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1; // a lone "<" in text
                continue;
            }
            int tagEnd = TagEnd(html, n);
            string name = html.Substring(nameStart, n - nameStart);
            bool counted = !Uncounted.Contains(name) && html[tagEnd - 2] != '/';
            bool drop = false;
            if (counted)
            {
                if (end)
                {
                    drop = depth > limit;
                    if (depth > 0) depth--;
                }
                else
                {
                    depth++;
                    drop = depth > limit;
                }
            }
            if (drop)
            {
                beyond = true;
                if (output is null) return true;
                output.Append(html, copied, lt - copied).Append(' ');
                copied = tagEnd;
            }
            i = tagEnd;
            if (!end && RawText.Contains(name))
            {
                // Script and style bodies are text to the parser: a "<div>" inside them opens nothing.
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (close < 0) break;
                i = close;
            }
        }
        output?.Append(html, copied, html.Length - copied);
        return beyond;
    }

    private static int IndexAfter(string html, string token, int from)
    {
        int at = from <= html.Length ? html.IndexOf(token, from, StringComparison.Ordinal) : -1;
        return at < 0 ? html.Length : at + token.Length;
    }

    /// <summary>The offset just past the tag's closing "&gt;", skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int i)
    {
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c == '"' || c == '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return html.Length;
    }
}
