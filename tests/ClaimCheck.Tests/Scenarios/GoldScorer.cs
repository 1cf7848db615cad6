using ClaimCheck.Comparison;
using ClaimCheck.Reporting;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Scenarios;

/// <summary>
/// The rules of <c>shared/tools/score-report.py</c>, reimplemented: a claim covers a gold quote when their spans
/// overlap by at least half of the shorter; "agree" pairs must be linked by an agreement or partial finding and
/// never by a conflict; "partial" by a partial finding and never a conflict; "conflict" by a conflict finding;
/// "unique" quotes must be covered by a claim reported as unique (or partial) and in no agreement or conflict
/// finding spanning two or more sources.
/// </summary>
internal sealed class GoldScorer
{
    public sealed record FactScore(string Id, string Verdict, int Got, int Want);

    public required IReadOnlyList<FactScore> Facts { get; init; }
    public required int Provenance { get; init; }
    public required int Claims { get; init; }
    public required int ConflictsRaised { get; init; }

    public (int Got, int Want) Total(string verdict) =>
        (Facts.Where(f => f.Verdict == verdict).Sum(f => f.Got), Facts.Where(f => f.Verdict == verdict).Sum(f => f.Want));

    public static GoldScorer Score(CrossCheckReport report, string goldPath, IReadOnlyDictionary<string, string> texts)
    {
        var gold = JObject.Parse(File.ReadAllText(goldPath));
        var claims = report.Claims.ToDictionary(c => c.Id);
        var membership = new Dictionary<string, List<Finding>>();
        foreach (var f in report.Findings)
            foreach (var id in f.ClaimIds)
                (membership.TryGetValue(id, out var l) ? l : membership[id] = new List<Finding>()).Add(f);

        int provenance = report.Claims.Count(c => texts.TryGetValue(c.SourceId, out var t) && c.Span.End <= t.Length && c.Span.Of(t) == c.Text);

        HashSet<string> Covering(JToken mention)
        {
            var source = (string)mention["source"]!;
            var quote = (string)mention["quote"]!;
            var result = new HashSet<string>();
            if (!texts.TryGetValue(source, out var text)) return result;
            int at = text.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0) return result;
            int s = at, e = at + quote.Length;
            foreach (var c in report.Claims.Where(c => c.SourceId == source))
            {
                int overlap = Math.Min(e, c.Span.End) - Math.Max(s, c.Span.Start);
                if (overlap > 0 && overlap >= 0.5 * Math.Min(e - s, c.Span.Length)) result.Add(c.Id);
            }
            return result;
        }

        bool Linked(HashSet<string> a, HashSet<string> b, params FindingKind[] kinds) =>
            report.Findings.Any(f => kinds.Contains(f.Kind) && f.ClaimIds.Any(a.Contains) && f.ClaimIds.Any(b.Contains));

        var facts = new List<FactScore>();
        foreach (var fact in gold["facts"]!)
        {
            var verdict = (string)fact["verdict"]!;
            var cov = fact["mentions"]!.Select(m => (Source: (string)m["source"]!, Claims: Covering(m))).ToList();
            int got = 0, want;
            if (verdict == "unique")
            {
                want = 1;
                bool alone = cov[0].Claims.Any(c =>
                {
                    var fs = membership.TryGetValue(c, out var l) ? l : new List<Finding>();
                    bool shared = fs.Any(f => f.Kind is FindingKind.Agreement or FindingKind.Conflict && f.ClaimIds.Select(x => claims[x].SourceId).Distinct().Count() >= 2);
                    bool reported = fs.Any(f => f.Kind is FindingKind.Unique or FindingKind.Partial);
                    return reported && !shared;
                });
                got = alone ? 1 : 0;
            }
            else
            {
                var pairs = (from i in Enumerable.Range(0, cov.Count) from j in Enumerable.Range(i + 1, cov.Count - i - 1)
                             where cov[i].Source != cov[j].Source select (cov[i].Claims, cov[j].Claims)).ToList();
                want = pairs.Count;
                foreach (var (a, b) in pairs)
                {
                    bool ok = verdict switch
                    {
                        "agree" => Linked(a, b, FindingKind.Agreement, FindingKind.Partial) && !Linked(a, b, FindingKind.Conflict),
                        "partial" => Linked(a, b, FindingKind.Partial) && !Linked(a, b, FindingKind.Conflict),
                        "conflict" => Linked(a, b, FindingKind.Conflict),
                        _ => false,
                    };
                    if (ok) got++;
                }
            }
            facts.Add(new FactScore((string)fact["id"]!, verdict, got, want));
        }
        return new GoldScorer
        {
            Facts = facts,
            Provenance = provenance,
            Claims = report.Claims.Length,
            ConflictsRaised = report.FindingsOf(FindingKind.Conflict).Count(),
        };
    }

    public override string ToString() =>
        string.Join("\n", Facts.Select(f => $"{(f.Got == f.Want ? "ok  " : "MISS")} {f.Verdict,-8} {f.Got}/{f.Want} {f.Id}"))
        + $"\nprovenance={Provenance}/{Claims} conflicts={ConflictsRaised}";
}
