using System.Globalization;
using ClaimCheck.Comparison;

namespace ClaimCheck.Reporting;

/// <summary>Draws the source × source agreement matrix of a report as inline SVG.</summary>
/// <remarks>
/// A cell counts the findings whose <see cref="Finding.SourceIds"/> include both sources of its row and column:
/// agreements shade it green, conflicts add a red mark with their number. Every cell has a <c>&lt;title&gt;</c>
/// tooltip. Rows are labelled with the source ids, columns with the row numbers, so long ids stay readable.
/// Thread-safe: static and stateless.
/// </remarks>
internal static class SvgAgreementMatrix
{
    private const int Cell = 44;
    private const int Top = 28;
    private const int LegendHeight = 56;

    /// <summary>Counts of findings between two sources.</summary>
    internal readonly record struct PairCounts(int Agreements, int Conflicts, int Partial, int Disputed);

    /// <summary>Counts the findings of each kind that name both sources.</summary>
    internal static PairCounts Count(CrossCheckReport report, string a, string b)
    {
        int agree = 0, conflict = 0, partial = 0, disputed = 0;
        foreach (var f in report.Findings)
        {
            if (!f.SourceIds.Contains(a) || !f.SourceIds.Contains(b)) continue;
            switch (f.Kind)
            {
                case FindingKind.Agreement: agree++; break;
                case FindingKind.Conflict: conflict++; break;
                case FindingKind.Partial: partial++; break;
                case FindingKind.Disputed: disputed++; break;
            }
        }
        return new PairCounts(agree, conflict, partial, disputed);
    }

    public static void Write(TextWriter o, CrossCheckReport report)
    {
        var ids = report.Sources.Select(s => s.Id).ToList();
        int n = ids.Count;
        var labels = ids.Select((id, i) => $"{i + 1} {ReportSections.Clip(id, 28)}").ToList();
        int left = 16 + 7 * Math.Max(8, labels.Count == 0 ? 0 : labels.Max(l => l.Length));
        var counts = new PairCounts[n, n];
        int maxAgree = 0;
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
            {
                if (r == c) continue;
                counts[r, c] = r < c ? Count(report, ids[r], ids[c]) : counts[c, r];
                maxAgree = Math.Max(maxAgree, counts[r, c].Agreements);
            }

        int width = Math.Max(left + n * Cell + 8, 360);
        int height = Top + n * Cell + LegendHeight;
        o.Write($"<svg class=\"matrix\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"matrix-title\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        o.Write($"<title id=\"matrix-title\">Agreements and conflicts between each pair of the {n} sources</title>");
        for (int c = 0; c < n; c++)
            o.Write($"<text class=\"col-label\" x=\"{left + c * Cell + Cell / 2}\" y=\"{Top - 8}\" text-anchor=\"middle\"><title>{HtmlText.Escape(ids[c])}</title>{c + 1}</text>");
        for (int r = 0; r < n; r++)
        {
            int y = Top + r * Cell;
            o.Write($"<text class=\"row-label\" x=\"{left - 8}\" y=\"{y + Cell / 2 + 4}\" text-anchor=\"end\"><title>{HtmlText.Escape(ids[r])}</title>{HtmlText.Escape(labels[r])}</text>");
            for (int c = 0; c < n; c++)
            {
                int x = left + c * Cell;
                string a = HtmlText.Escape(ids[r]), b = HtmlText.Escape(ids[c]);
                if (r == c)
                {
                    var s = report.Sources[r];
                    o.Write($"<g class=\"cell self\" data-row=\"{a}\" data-col=\"{b}\"><title>{a}: {s.Claims} claims</title>");
                    o.Write($"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{Cell - 2}\" height=\"{Cell - 2}\" fill=\"#e6e6e6\"/>");
                    o.Write($"<text x=\"{x + Cell / 2}\" y=\"{y + Cell / 2 + 4}\" text-anchor=\"middle\" fill=\"#888888\">–</text></g>");
                    continue;
                }
                var k = counts[r, c];
                string tip = $"{a} × {b}: {Plural(k.Agreements, "agreement")}, {Plural(k.Conflicts, "conflict")}, {Plural(k.Partial, "partial match", "partial matches")}"
                             + (k.Disputed > 0 ? $", {k.Disputed} disputed" : "");
                o.Write($"<g class=\"cell{(k.Conflicts > 0 ? " has-conflict" : "")}\" data-row=\"{a}\" data-col=\"{b}\" data-agreements=\"{k.Agreements}\" data-conflicts=\"{k.Conflicts}\"><title>{tip}</title>");
                string stroke = k.Conflicts > 0 ? " stroke=\"#c62828\" stroke-width=\"2\"" : "";
                o.Write($"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{Cell - 2}\" height=\"{Cell - 2}\" fill=\"{Green(k.Agreements, maxAgree)}\"{stroke}/>");
                bool dark = maxAgree > 0 && k.Agreements * 2 > maxAgree;
                o.Write($"<text x=\"{x + Cell / 2}\" y=\"{y + Cell / 2 + 4}\" text-anchor=\"middle\" fill=\"{(dark ? "#ffffff" : "#1b1b1b")}\">{k.Agreements}</text>");
                if (k.Conflicts > 0)
                {
                    o.Write($"<circle cx=\"{x + Cell - 10}\" cy=\"{y + 10}\" r=\"8\" fill=\"#c62828\"/>");
                    o.Write($"<text x=\"{x + Cell - 10}\" y=\"{y + 14}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\">{k.Conflicts}</text>");
                }
                o.Write("</g>");
            }
        }

        // Legend: the green scale and the conflict mark.
        int ly = Top + n * Cell + 18;
        o.Write($"<g class=\"legend\"><text x=\"8\" y=\"{ly + 12}\">agreements</text>");
        for (int i = 0; i <= 4; i++)
        {
            int value = maxAgree == 0 ? 0 : (int)Math.Round(maxAgree * i / 4.0);
            o.Write($"<rect x=\"{82 + i * 22}\" y=\"{ly}\" width=\"20\" height=\"16\" fill=\"{Green(value, maxAgree)}\"><title>{value}</title></rect>");
        }
        o.Write($"<text x=\"{82 + 5 * 22 + 4}\" y=\"{ly + 12}\">0 – {maxAgree}</text>");
        int cx = 82 + 5 * 22 + 60;
        o.Write($"<circle cx=\"{cx}\" cy=\"{ly + 8}\" r=\"8\" fill=\"#c62828\"/><text x=\"{cx}\" y=\"{ly + 12}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\">n</text>");
        o.Write($"<text x=\"{cx + 14}\" y=\"{ly + 12}\">conflicts</text></g>");
        o.Write("</svg>");
    }

    private static string Plural(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    /// <summary>A shade from light grey (none) to deep green (the most agreements of any pair).</summary>
    private static string Green(int value, int max)
    {
        if (value <= 0 || max <= 0) return "#f4f4f4";
        double t = 0.25 + 0.75 * value / max;
        static int Mix(int from, int to, double t) => (int)Math.Round(from + (to - from) * t);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(0xe8, 0x1b, t):x2}{Mix(0xf5, 0x5e, t):x2}{Mix(0xe9, 0x20, t):x2}");
    }
}
