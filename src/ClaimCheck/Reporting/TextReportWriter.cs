using System.Globalization;
using ClaimCheck.Comparison;

namespace ClaimCheck.Reporting;

/// <summary>Writes a report as plain text for a terminal: conflicts first, then partial matches, agreements and unique claims per source.</summary>
/// <remarks>Thread-safe: the writer holds no state.</remarks>
public sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"ClaimCheck report: {report.Sources.Length} sources, {report.Claims.Length} claims, {report.Findings.Length} findings");
        foreach (var s in report.Sources)
            output.WriteLine($"  [{s.Id}] {s.Title ?? "(untitled)"} | {s.Outlet ?? "-"} | {s.Published?.ToString("yyyy-MM-dd", inv) ?? "undated"}");
        foreach (var n in report.Notices) output.WriteLine($"  note: {n}");
        foreach (var section in ReportSections.Ordered(report))
        {
            output.WriteLine();
            output.WriteLine($"== {section.Title} ({section.Findings.Count})");
            foreach (var f in section.Findings)
            {
                output.WriteLine();
                string type = f.ConflictType is { } t ? $" [{JsonReportWriter.Camel(t.ToString())}]" : "";
                output.WriteLine($"{f.Id}{type} confidence {f.Confidence.ToString("0.00", inv)} · {ReportSections.SourceCount(f)}");
                foreach (var id in f.ClaimIds)
                {
                    var c = report.GetClaim(id);
                    output.WriteLine($"  {c.SourceId}: \"{ReportSections.Clip(c.Text, 240)}\"");
                }
                output.WriteLine($"  why: {f.Explanation}");
            }
        }
    }
}

/// <summary>Writes a report as GitHub-flavoured Markdown, in the same order as the text report.</summary>
/// <remarks>Thread-safe: the writer holds no state.</remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine("# ClaimCheck report");
        output.WriteLine();
        output.WriteLine($"{report.Sources.Length} sources · {report.Claims.Length} claims · {report.Findings.Length} findings");
        output.WriteLine();
        output.WriteLine("| source | title | outlet | dateline | claims |");
        output.WriteLine("| --- | --- | --- | --- | ---: |");
        foreach (var s in report.Sources)
            output.WriteLine($"| `{Md(s.Id)}` | {Md(s.Title ?? "")} | {Md(s.Outlet ?? "")} | {s.Published?.ToString("yyyy-MM-dd", inv) ?? ""} | {s.Claims} |");
        if (report.Notices.Length > 0) output.WriteLine();
        foreach (var n in report.Notices) output.WriteLine($"> Note: {Md(n)}");
        foreach (var section in ReportSections.Ordered(report))
        {
            output.WriteLine();
            output.WriteLine($"## {section.Title} ({section.Findings.Count})");
            foreach (var f in section.Findings)
            {
                output.WriteLine();
                string type = f.ConflictType is { } t ? $" · **{JsonReportWriter.Camel(t.ToString())}**" : "";
                output.WriteLine($"### {f.Id}{type} · confidence {f.Confidence.ToString("0.00", inv)} · {ReportSections.SourceCount(f)}");
                output.WriteLine();
                foreach (var id in f.ClaimIds)
                {
                    var c = report.GetClaim(id);
                    output.WriteLine($"> **{Md(c.SourceId)}**: {Md(ReportSections.Clip(c.Text, 400))}");
                    output.WriteLine(">");
                }
                output.WriteLine($"*Why:* {Md(f.Explanation)}");
            }
        }
    }

    private static string Md(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return sb.ToString();
    }
}

/// <summary>The order every human-readable report follows: conflicts, partial matches, agreements, disputed (when any), unique claims per source.</summary>
internal static class ReportSections
{
    /// <summary>One section: a kind, and for unique claims the source they belong to.</summary>
    internal sealed record Section(string Title, FindingKind Kind, IReadOnlyList<Finding> Findings, string? SourceId = null);

    public static IEnumerable<Section> Ordered(CrossCheckReport report)
    {
        yield return new Section("Conflicts", FindingKind.Conflict, report.FindingsOf(FindingKind.Conflict).ToList());
        yield return new Section("Partial matches", FindingKind.Partial, report.FindingsOf(FindingKind.Partial).ToList());
        yield return new Section("Agreements", FindingKind.Agreement,
            report.FindingsOf(FindingKind.Agreement).OrderByDescending(f => f.SourceIds.Length).ThenBy(f => f.Id, StringComparer.Ordinal).ToList());
        var disputed = report.FindingsOf(FindingKind.Disputed).ToList();
        if (disputed.Count > 0) yield return new Section("Disputed between actors (not a conflict between sources)", FindingKind.Disputed, disputed);
        var unique = report.FindingsOf(FindingKind.Unique).ToList();
        var known = new HashSet<string>(report.Sources.Select(s => s.Id), StringComparer.Ordinal);
        foreach (var s in report.Sources)
            yield return new Section($"Unique to {s.Id}", FindingKind.Unique, unique.Where(f => f.SourceIds.FirstOrDefault() == s.Id).ToList(), s.Id);
        // A unique finding whose source is not listed must still be shown, never silently dropped.
        var orphans = unique.Where(f => f.SourceIds.FirstOrDefault() is not { } id || !known.Contains(id)).ToList();
        if (orphans.Count > 0) yield return new Section("Unique to an unlisted source", FindingKind.Unique, orphans);
    }

    public static string SourceCount(Finding f) => f.SourceIds.Length == 1 ? "1 source" : $"{f.SourceIds.Length} sources";

    public static string Clip(string s, int max)
    {
        s = s.Replace('\r', ' ').Replace('\n', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
