using System.Globalization;
using System.Text;
using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>Escaping and slot highlighting for the HTML writer.</summary>
/// <remarks>
/// Invariant: every string that reaches the page from a report (article text, ids, titles, notes) passes through
/// <see cref="Escape"/>, which is safe both in element content and inside double- or single-quoted attributes.
/// </remarks>
internal static class HtmlText
{
    /// <summary>Escapes text for element content and quoted attribute values.</summary>
    /// <remarks>
    /// Encodes the five markup characters, drops C0 controls other than tab, line feed and carriage return, and
    /// replaces lone surrogates with U+FFFD so the page is always well-formed UTF-8.
    /// </remarks>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\u007F' => "",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>Formats a number with the invariant culture.</summary>
    public static string Num(double value, string format = "0.##") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>Writes a claim's text with its slot spans wrapped in <c>&lt;mark&gt;</c>, everything escaped.</summary>
    /// <remarks>
    /// Slot spans are absolute offsets into the article text; the claim's own span gives the base. Spans are clipped
    /// to the claim, never split a surrogate pair, and overlapping spans are merged into one mark whose classes and
    /// tooltip name every slot it covers.
    /// </remarks>
    public static void WriteHighlighted(TextWriter output, Claim claim)
    {
        string text = claim.Text ?? "";
        var marks = Marks(claim, text);
        int pos = 0;
        foreach (var m in marks)
        {
            output.Write(Escape(text[pos..m.Start]));
            output.Write("<mark class=\"");
            output.Write(string.Join(" ", m.Kinds));
            output.Write("\" title=\"");
            output.Write(Escape(string.Join("; ", m.Notes)));
            output.Write("\">");
            output.Write(Escape(text[m.Start..m.End]));
            output.Write("</mark>");
            pos = m.End;
        }
        output.Write(Escape(text[pos..]));
    }

    internal sealed record Mark(int Start, int End, SortedSet<string> Kinds, List<string> Notes);

    /// <summary>The merged, clipped marks of a claim, relative to its text, sorted and disjoint.</summary>
    internal static List<Mark> Marks(Claim claim, string text)
    {
        int baseOffset = claim.Span.Start;
        var raw = new List<(int Start, int End, string Kind, string Note)>();
        void Add(TextSpan span, string kind, string note)
        {
            int start = Math.Clamp(span.Start - baseOffset, 0, text.Length);
            int end = Math.Clamp(span.End - baseOffset, 0, text.Length);
            // Never cut a surrogate pair: widen to whole code points.
            if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;
            if (end > 0 && end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1])) end++;
            if (end > start) raw.Add((start, end, kind, note));
        }
        foreach (var a in claim.Actors)
            Add(a.Span, "actor", $"actor {a.Id} ({JsonReportWriter.Camel(a.Role.ToString())}, {JsonReportWriter.Camel(a.Kind.ToString())})");
        foreach (var q in claim.Quantities)
        {
            string unit = q.Unit is null ? "" : " " + q.Unit;
            string counted = q.Counted is null ? "" : " " + q.Counted;
            string approx = q.Approximate ? ", approximate" : "";
            Add(q.Span, "quantity", $"{JsonReportWriter.Camel(q.Kind.ToString())} {q.Value}{unit}{counted}{approx}");
        }
        foreach (var t in claim.Times)
        {
            string from = t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string to = t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Add(t.Span, "time", $"time {(from == to ? from : from + " – " + to)} ({JsonReportWriter.Camel(t.Resolution.ToString())})");
        }
        foreach (var p in claim.Places) Add(p.Span, "place", $"place {p.Id}");
        if (claim.Attribution is { } attribution) Add(attribution.Span, "attribution", $"attributed to {attribution.Id}");

        raw.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var merged = new List<Mark>();
        foreach (var r in raw)
        {
            if (merged.Count > 0 && r.Start < merged[^1].End)
            {
                var last = merged[^1];
                last.Kinds.Add(r.Kind);
                last.Notes.Add(r.Note);
                merged[^1] = last with { End = Math.Max(last.End, r.End) };
            }
            else merged.Add(new Mark(r.Start, r.End, new SortedSet<string>(StringComparer.Ordinal) { r.Kind }, new List<string> { r.Note }));
        }
        return merged;
    }
}
