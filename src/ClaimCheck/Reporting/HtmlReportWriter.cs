using System.Globalization;
using ClaimCheck.Comparison;

namespace ClaimCheck.Reporting;

/// <summary>Writes a report as one self-contained HTML5 page: sources, an agreement matrix and the findings.</summary>
/// <remarks>
/// The page has inline CSS and one inline SVG (the source × source agreement matrix) and nothing else: no script,
/// no external stylesheet, font or image, so it can be mailed, archived or shown in a notebook as it is. Sections
/// follow the order of the other human-readable writers: conflicts, partial matches, agreements, disputed (when
/// any), unique claims per source. Each claim's quote marks its actor, quantity, time, place and attribution spans.
/// Every piece of report text (article text, ids, titles, notes) is HTML-escaped, in content and in attributes.
/// All styles are scoped under the <c>claimcheck</c> class, so a fragment does not restyle its host page.
/// Output is deterministic (invariant culture, no timestamps). Thread-safe: the writer holds no mutable state.
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="fullDocument">Whether to write a whole page (default) or only the report's <c>&lt;div&gt;</c>, for embedding (e.g. in a notebook).</param>
    public HtmlReportWriter(bool fullDocument = true) => FullDocument = fullDocument;

    /// <summary>Whether the writer writes a whole page rather than an embeddable fragment.</summary>
    public bool FullDocument { get; }

    /// <inheritdoc />
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (FullDocument)
        {
            output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            output.Write("<title>ClaimCheck report</title>\n");
            output.Write("<style>\n");
            output.Write(Css);
            output.Write("</style>\n</head>\n<body>\n");
        }
        else
        {
            output.Write("<style>\n");
            output.Write(Css);
            output.Write("</style>\n");
        }
        output.Write("<div class=\"claimcheck\">\n");
        WriteHeader(report, output);
        WriteMatrix(report, output);
        WriteSections(report, output);
        output.Write("</div>\n");
        if (FullDocument) output.Write("</body>\n</html>\n");
    }

    private static void WriteHeader(CrossCheckReport report, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.Write("<header>\n<h1>ClaimCheck report</h1>\n");
        o.Write(string.Create(inv, $"<p class=\"summary\">{report.Sources.Length} sources · {report.Claims.Length} claims · {report.Findings.Length} findings · {report.CandidatePairs} candidate pairs compared</p>\n"));
        o.Write("<table class=\"sources\">\n<thead><tr><th>#</th><th>source</th><th>title</th><th>outlet</th><th>dateline</th><th>sentences</th><th>claims</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.Sources.Length; i++)
        {
            var s = report.Sources[i];
            o.Write(string.Create(inv, $"<tr class=\"source\" id=\"source-{i + 1}\"><td>{i + 1}</td><td class=\"id\"><code>{HtmlText.Escape(s.Id)}</code></td>"));
            o.Write($"<td class=\"title\">{HtmlText.Escape(s.Title ?? "")}</td><td class=\"outlet\">{HtmlText.Escape(s.Outlet ?? "")}</td>");
            o.Write($"<td class=\"dateline\">{(s.Published is { } d ? "<time datetime=\"" + d.ToString("yyyy-MM-dd", inv) + "\">" + d.ToString("yyyy-MM-dd", inv) + "</time>" : "")}</td>");
            o.Write(string.Create(inv, $"<td class=\"num\">{s.Sentences}</td><td class=\"num\">{s.Claims}</td></tr>\n"));
            if (s.Notices.Length > 0)
                o.Write($"<tr class=\"notices\"><td></td><td colspan=\"6\">{string.Join("<br>", s.Notices.Select(HtmlText.Escape))}</td></tr>\n");
        }
        o.Write("</tbody>\n</table>\n");
        foreach (var n in report.Notices) o.Write($"<p class=\"notice\">{HtmlText.Escape(n)}</p>\n");
        o.Write("</header>\n");
    }

    private static void WriteMatrix(CrossCheckReport report, TextWriter o)
    {
        o.Write("<section id=\"matrix\" class=\"matrix\">\n<h2>Sources compared</h2>\n");
        o.Write("<p class=\"legend\">Each cell counts the findings that name both sources: the number and the green shade are agreements, a red mark counts conflicts. Hover a cell for details.</p>\n");
        SvgAgreementMatrix.Write(o, report);
        o.Write("\n</section>\n");
    }

    private static void WriteSections(CrossCheckReport report, TextWriter o)
    {
        var sections = ReportSections.Ordered(report).ToList();
        bool any = false;
        foreach (var section in sections.Where(s => s.Kind != FindingKind.Unique && s.Findings.Count > 0))
        {
            any = true;
            string id = SectionId(section.Kind);
            o.Write($"<section id=\"{id}\" class=\"findings {id}\">\n<h2>{HtmlText.Escape(section.Title)} <span class=\"count\">({section.Findings.Count})</span></h2>\n");
            foreach (var f in section.Findings) WriteFinding(report, f, o);
            o.Write("</section>\n");
        }
        var unique = sections.Where(s => s.Kind == FindingKind.Unique && s.Findings.Count > 0).ToList();
        if (unique.Count > 0)
        {
            any = true;
            o.Write($"<section id=\"unique\" class=\"findings unique\">\n<h2>Unique claims <span class=\"count\">({unique.Sum(s => s.Findings.Count)})</span></h2>\n");
            foreach (var group in unique)
            {
                o.Write($"<div class=\"source-group\" data-source=\"{HtmlText.Escape(group.SourceId ?? "")}\">\n<h3>{HtmlText.Escape(group.Title)} <span class=\"count\">({group.Findings.Count})</span></h3>\n");
                foreach (var f in group.Findings) WriteFinding(report, f, o);
                o.Write("</div>\n");
            }
            o.Write("</section>\n");
        }
        if (!any) o.Write("<p class=\"empty\">No findings.</p>\n");
    }

    private static string SectionId(FindingKind kind) => kind switch
    {
        FindingKind.Conflict => "conflicts",
        FindingKind.Partial => "partial",
        FindingKind.Agreement => "agreements",
        FindingKind.Disputed => "disputed",
        _ => "unique",
    };

    private static void WriteFinding(CrossCheckReport report, Finding f, TextWriter o)
    {
        string kind = JsonReportWriter.Camel(f.Kind.ToString());
        o.Write($"<article class=\"finding {kind}\" id=\"finding-{HtmlText.Escape(f.Id)}\">\n<div class=\"finding-head\">");
        o.Write($"<span class=\"fid\">{HtmlText.Escape(f.Id)}</span> <span class=\"kind\">{kind}</span>");
        if (f.ConflictType is { } ct) o.Write($" <span class=\"conflict-type\">{JsonReportWriter.Camel(ct.ToString())}</span>");
        o.Write($" <span class=\"source-count\">{ReportSections.SourceCount(f)}</span>");
        double confidence = double.IsFinite(f.Confidence) ? Math.Clamp(f.Confidence, 0, 1) : 0;
        o.Write($" <span class=\"confidence\" title=\"confidence {HtmlText.Num(confidence, "0.00")}\"><span class=\"bar\"><span class=\"fill\" style=\"width:{HtmlText.Num(confidence * 100, "0")}%\"></span></span> <span class=\"value\">{HtmlText.Num(confidence, "0.00")}</span></span>");
        o.Write("</div>\n<ul class=\"claims\">\n");
        foreach (var id in f.ClaimIds)
        {
            if (!report.TryGetClaim(id, out var c) || c is null)
            {
                o.Write($"<li class=\"claim missing\"><span class=\"claim-id\">{HtmlText.Escape(id)}</span> (not in the report)</li>\n");
                continue;
            }
            o.Write($"<li class=\"claim\" data-claim=\"{HtmlText.Escape(c.Id)}\"><span class=\"source\">{HtmlText.Escape(c.SourceId)}</span> <q class=\"quote\">");
            HtmlText.WriteHighlighted(o, c);
            o.Write("</q>");
            var meta = new List<string> { c.Id };
            if (c.Polarity != Extraction.Polarity.Affirmed) meta.Add(JsonReportWriter.Camel(c.Polarity.ToString()));
            if (c.Modality != Extraction.Modality.Asserted) meta.Add(JsonReportWriter.Camel(c.Modality.ToString()));
            if (c.Attribution is { } a) meta.Add("attributed to " + a.Id);
            o.Write($" <span class=\"claim-meta\">{HtmlText.Escape(string.Join(" · ", meta))}</span></li>\n");
        }
        o.Write("</ul>\n");
        o.Write($"<p class=\"explanation\">{HtmlText.Escape(f.Explanation)}</p>\n");
        if (f.Slots.Length > 0)
        {
            o.Write("<table class=\"slots\">\n<thead><tr><th>slot</th><th>outcome</th><th>note</th></tr></thead>\n<tbody>\n");
            foreach (var s in f.Slots)
            {
                string outcome = JsonReportWriter.Camel(s.Outcome.ToString());
                o.Write($"<tr class=\"slot {outcome}{(s.Weak ? " weak" : "")}\"><td>{HtmlText.Escape(s.Slot)}</td><td>{outcome}{(s.Weak ? " (weak)" : "")}</td><td>{HtmlText.Escape(s.Note)}</td></tr>\n");
            }
            o.Write("</tbody>\n</table>\n");
        }
        o.Write("</article>\n");
    }

    // Scoped under .claimcheck so an embedded fragment leaves the host page alone.
    private const string Css = """
        .claimcheck { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; line-height: 1.45; max-width: 60rem; }
        .claimcheck h1 { font-size: 1.5rem; margin: 0.2rem 0; }
        .claimcheck h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; margin-top: 1.6rem; }
        .claimcheck h3 { font-size: 1rem; }
        .claimcheck .count, .claimcheck .summary { color: #666; font-weight: normal; }
        .claimcheck table { border-collapse: collapse; font-size: 0.9rem; }
        .claimcheck th, .claimcheck td { border: 1px solid #ddd; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
        .claimcheck td.num { text-align: right; }
        .claimcheck .finding { border-left: 4px solid #999; padding: 0.3rem 0.7rem; margin: 0.8rem 0; background: #fafafa; }
        .claimcheck .finding.conflict { border-color: #c62828; }
        .claimcheck .finding.partial { border-color: #ef8f00; }
        .claimcheck .finding.agreement { border-color: #2e7d32; }
        .claimcheck .finding.disputed { border-color: #6a1b9a; }
        .claimcheck .finding.unique { border-color: #90a4ae; }
        .claimcheck .finding-head { font-size: 0.9rem; }
        .claimcheck .fid { font-weight: bold; }
        .claimcheck .kind, .claimcheck .conflict-type { border-radius: 0.6rem; padding: 0 0.5rem; background: #eee; }
        .claimcheck .conflict-type { background: #ffcdd2; color: #8e0000; }
        .claimcheck .bar { display: inline-block; width: 4rem; height: 0.5rem; background: #e0e0e0; vertical-align: middle; }
        .claimcheck .bar .fill { display: block; height: 100%; background: #546e7a; }
        .claimcheck .claims { list-style: none; padding-left: 0; }
        .claimcheck .claim { margin: 0.3rem 0; }
        .claimcheck .source { font-family: ui-monospace, monospace; font-size: 0.8rem; background: #eceff1; padding: 0 0.3rem; }
        .claimcheck .claim-meta { color: #777; font-size: 0.8rem; }
        .claimcheck mark { background: #fff59d; padding: 0 1px; }
        .claimcheck mark.quantity { background: #bbdefb; }
        .claimcheck mark.time { background: #c8e6c9; }
        .claimcheck mark.actor { background: #ffe0b2; }
        .claimcheck mark.place { background: #e1bee7; }
        .claimcheck mark.attribution { background: #d7ccc8; }
        .claimcheck .explanation { font-style: italic; }
        .claimcheck .slots tr.clash td:nth-child(2) { color: #c62828; font-weight: bold; }
        .claimcheck .slots tr.match td:nth-child(2) { color: #2e7d32; }
        .claimcheck .slots tr.weak { color: #777; }
        .claimcheck svg.matrix { display: block; margin: 0.5rem 0; }
        .claimcheck .cell.has-conflict rect { stroke-dasharray: none; }

        """;
}
