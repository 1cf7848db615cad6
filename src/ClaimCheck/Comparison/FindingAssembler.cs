using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Alignment;
using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>Turns pairwise comparisons into findings: agreements clustered across sources, conflicts and partial matches per pair, the rest unique.</summary>
/// <remarks>
/// Deterministic: clusters are formed with union–find over agreement edges in pair order, and findings are
/// sorted by kind (conflicts, partial, agreements, disputed, unique) and then by their first claim id.
/// One fact told by four sources is one agreement finding, not six pairs.
/// </remarks>
internal static class FindingAssembler
{
    public static ImmutableArray<Finding> Assemble(IReadOnlyList<Claim> claims, IReadOnlyList<CandidatePair> pairs, IReadOnlyList<ClaimComparison> results)
    {
        int n = claims.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        var agreeEdges = new List<(int A, int B, ClaimComparison R)>();
        var conflicts = new List<(int A, int B, ClaimComparison R)>();
        var partials = new List<(int A, int B, ClaimComparison R)>();
        for (int i = 0; i < pairs.Count; i++)
        {
            var r = results[i];
            var (a, b) = (pairs[i].Left, pairs[i].Right);
            switch (r.Verdict)
            {
                case PairVerdict.Agree:
                    agreeEdges.Add((a, b, r));
                    int ra = Find(a), rb = Find(b);
                    if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                    break;
                case PairVerdict.Conflict:
                    conflicts.Add((a, b, r));
                    break;
                case PairVerdict.Partial:
                    partials.Add((a, b, r));
                    break;
            }
        }

        var findings = new List<Finding>();
        var inShared = new bool[n];

        // agreements: one finding per cluster spanning two or more sources
        var clusters = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(i);
            if (!clusters.TryGetValue(root, out var list)) clusters[root] = list = new List<int>();
            list.Add(i);
        }
        var edgesByRoot = agreeEdges.GroupBy(e => Find(e.A)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (root, members) in clusters)
        {
            if (members.Count < 2) continue;
            var sources = members.Select(m => claims[m].SourceId).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToImmutableArray();
            if (sources.Length < 2) continue;
            foreach (var m in members) inShared[m] = true;
            var edges = edgesByRoot[root];
            var best = edges.OrderByDescending(e => e.R.Confidence).ThenBy(e => e.A).ThenBy(e => e.B).First();
            double conf = edges.Average(e => e.R.Confidence);
            string lead = sources.Length > 2 ? $"{sources.Length} sources agree ({string.Join(", ", sources)}). " : "";
            findings.Add(new Finding
            {
                Id = "",
                Kind = FindingKind.Agreement,
                ClaimIds = members.Select(m => claims[m].Id).OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray(),
                SourceIds = sources,
                Confidence = Math.Round(conf, 3),
                Explanation = lead + best.R.Explanation,
                Slots = best.R.Slots,
            });
        }

        // conflicts and disputes: one finding per pair
        foreach (var (a, b, r) in conflicts)
        {
            var kind = r.Disputed ? FindingKind.Disputed : FindingKind.Conflict;
            if (kind == FindingKind.Conflict) { inShared[a] = true; inShared[b] = true; }
            findings.Add(Pair(claims, a, b, r, kind));
        }

        // partial matches: one finding per pair, unless the two already agree through a cluster
        foreach (var (a, b, r) in partials)
        {
            if (Find(a) == Find(b)) continue;
            findings.Add(Pair(claims, a, b, r, FindingKind.Partial));
        }

        // unique: every claim no other source states (a partial link may exist)
        for (int i = 0; i < n; i++)
        {
            if (inShared[i]) continue;
            findings.Add(new Finding
            {
                Id = "",
                Kind = FindingKind.Unique,
                ClaimIds = ImmutableArray.Create(claims[i].Id),
                SourceIds = ImmutableArray.Create(claims[i].SourceId),
                Confidence = 0.6,
                Explanation = "No other source states this fact.",
            });
        }

        var ordered = findings
            .OrderBy(f => Rank(f.Kind))
            .ThenBy(f => f.ClaimIds[0], StringComparer.Ordinal)
            .ThenBy(f => string.Join(",", f.ClaimIds), StringComparer.Ordinal)
            .ToList();
        return ordered.Select((f, i) => f with { Id = "F" + (i + 1).ToString("D4", CultureInfo.InvariantCulture) }).ToImmutableArray();
    }

    private static Finding Pair(IReadOnlyList<Claim> claims, int a, int b, ClaimComparison r, FindingKind kind) => new()
    {
        Id = "",
        Kind = kind,
        ClaimIds = new[] { claims[a].Id, claims[b].Id }.OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray(),
        SourceIds = new[] { claims[a].SourceId, claims[b].SourceId }.Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray(),
        Confidence = r.Confidence,
        Explanation = r.Explanation,
        ConflictType = kind == FindingKind.Conflict ? r.ConflictType : null,
        Slots = r.Slots,
    };

    private static int Rank(FindingKind k) => k switch
    {
        FindingKind.Conflict => 0,
        FindingKind.Partial => 1,
        FindingKind.Agreement => 2,
        FindingKind.Disputed => 3,
        _ => 4,
    };
}
