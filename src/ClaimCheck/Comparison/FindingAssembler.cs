using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Alignment;
using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>Turns pairwise comparisons into findings: agreements clustered across sources, conflicts and partial matches per pair, the rest unique.</summary>
/// <remarks>
/// Deterministic: clusters grow from the strongest agreement edges, two groups joining only when most of their
/// members agree pairwise; edges left between groups are reported as pair agreements. Findings are
/// sorted by kind (conflicts, partial, agreements, disputed, unique) and then by their first claim id.
/// One fact told by four sources is one agreement finding, not six pairs.
/// </remarks>
internal static class FindingAssembler
{
    /// <summary>Most partial links kept per claim (a link is kept while either of its claims has room).</summary>
    internal const int MaxPartialLinksPerClaim = 3;

    /// <param name="claims">All claims.</param>
    /// <param name="pairs">The compared pairs that are linked (unrelated pairs may be left out).</param>
    /// <param name="results">Their comparisons; they may come without explanation and slots, to save memory (see <paramref name="explain"/>).</param>
    /// <param name="explain">Compares two claims (by index) again in full, for the edge that explains a finding.</param>
    /// <param name="maxLinksPerClaim">Most pair findings (conflict, disputed, agreement outside a group) a claim takes part in;
    /// 0 for no limit (see <see cref="CrossCheckOptions.MaxLinksPerClaim"/>).</param>
    /// <param name="notices">Receives a line for each kind of link left out by the limit.</param>
    public static ImmutableArray<Finding> Assemble(IReadOnlyList<Claim> claims, IReadOnlyList<CandidatePair> pairs, IReadOnlyList<ClaimComparison> results,
        Func<int, int, ClaimComparison>? explain = null, int maxLinksPerClaim = 0, List<string>? notices = null)
    {
        ClaimComparison Full(int a, int b, ClaimComparison r) =>
            r.Explanation.Length > 0 || explain is null ? r : explain(a, b);
        int n = claims.Count;
        var agreeEdges = new List<(int A, int B, ClaimComparison R)>();
        var conflicts = new List<(int A, int B, ClaimComparison R)>();
        var partials = new List<(int A, int B, ClaimComparison R)>();
        for (int i = 0; i < pairs.Count; i++)
        {
            var r = results[i];
            var (a, b) = (pairs[i].Left, pairs[i].Right);
            switch (r.Verdict)
            {
                case PairVerdict.Agree: agreeEdges.Add((a, b, r)); break;
                case PairVerdict.Conflict: conflicts.Add((a, b, r)); break;
                case PairVerdict.Partial: partials.Add((a, b, r)); break;
            }
        }

        // Agreements: merge the strongest edges first, and join two groups only when most of their members agree
        // with each other, so a chain A~B~C of different facts does not become one blob. Every agreement edge
        // that ends up between groups is still reported, as a pair.
        var cluster = Enumerable.Range(0, n).ToArray();
        var members = new Dictionary<int, List<int>>();
        var edgeSet = new HashSet<long>();
        // links[c][d]: agreement edges between groups c and d, kept up to date as groups merge (small into large),
        // so deciding a merge costs O(1) instead of comparing every member pair
        var links = new Dictionary<int, Dictionary<int, int>>();
        void Link(int c, int d, int count)
        {
            if (!links.TryGetValue(c, out var m)) links[c] = m = new Dictionary<int, int>();
            m[d] = m.TryGetValue(d, out var k) ? k + count : count;
        }
        foreach (var (a, b, _) in agreeEdges)
        {
            if (!edgeSet.Add(Key(a, b))) continue;
            Link(a, b, 1);
            Link(b, a, 1);
        }
        var strongestFirst = agreeEdges.OrderByDescending(e => e.R.Confidence).ThenBy(e => e.A).ThenBy(e => e.B).ToList();
        List<int> Members(int c) => members.TryGetValue(c, out var m) ? m : members[c] = new List<int> { c };
        foreach (var (a, b, _) in strongestFirst)
        {
            int ca = cluster[a], cb = cluster[b];
            if (ca == cb) continue;
            var ma = Members(ca);
            var mb = Members(cb);
            int between = links.TryGetValue(ca, out var la) && la.TryGetValue(cb, out var k) ? k : 0;
            if (2L * between <= (long)ma.Count * mb.Count) continue;
            // merge the smaller group into the larger; ties by id keep the result deterministic
            int keep = ma.Count > mb.Count || (ma.Count == mb.Count && ca < cb) ? ca : cb;
            int drop = keep == ca ? cb : ca;
            var kept = Members(keep);
            foreach (var x in Members(drop)) { cluster[x] = keep; kept.Add(x); }
            members.Remove(drop);
            if (links.TryGetValue(drop, out var dropLinks))
            {
                foreach (var (other, count) in dropLinks)
                {
                    if (other == keep) continue;
                    Link(keep, other, count);
                    Link(other, keep, count);
                    links[other].Remove(drop);
                }
                links.Remove(drop);
            }
            if (links.TryGetValue(keep, out var keepLinks)) keepLinks.Remove(drop);
        }
        foreach (var list in members.Values) list.Sort();

        var findings = new List<Finding>();
        var inShared = new bool[n];
        var edgesByCluster = agreeEdges.Where(e => cluster[e.A] == cluster[e.B]).GroupBy(e => cluster[e.A]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (root, group) in members)
        {
            var sources = group.Select(m => claims[m].SourceId).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray();
            if (sources.Length < 2 || !edgesByCluster.TryGetValue(root, out var edges)) continue;
            foreach (var m in group) inShared[m] = true;
            var first = edges.OrderByDescending(e => e.R.Confidence).ThenBy(e => e.A).ThenBy(e => e.B).First();
            var best = (first.A, first.B, R: Full(first.A, first.B, first.R));
            string lead = sources.Length > 2 ? $"{sources.Length} sources agree ({string.Join(", ", sources)}). " : "";
            findings.Add(new Finding
            {
                Id = "",
                Kind = FindingKind.Agreement,
                ClaimIds = group.Select(m => claims[m].Id).OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray(),
                SourceIds = sources,
                Confidence = Math.Round(edges.Average(e => e.R.Confidence), 3),
                Explanation = lead + best.R.Explanation,
                Slots = best.R.Slots,
            });
        }
        // Pair findings: conflicts and disputes, then agreements left between groups; one finding per pair. A claim keeps
        // at most maxLinksPerClaim of them, strongest first, a link kept only while both its claims have room: in a cluster
        // of hundreds of reports one deviant claim would otherwise conflict with every other copy of the fact (which the
        // agreement group already gathers), and the report would grow with the square of the cluster.
        var linkCount = new int[n];
        int droppedAgreements = 0, droppedConflicts = 0;
        bool Room(int a, int b)
        {
            if (maxLinksPerClaim > 0 && (linkCount[a] >= maxLinksPerClaim || linkCount[b] >= maxLinksPerClaim)) return false;
            linkCount[a]++;
            linkCount[b]++;
            return true;
        }
        foreach (var (a, b, r) in conflicts)
            if (!r.Disputed) inShared[a] = inShared[b] = true;
        foreach (var (a, b, r) in conflicts.OrderByDescending(e => e.R.Confidence).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            if (!Room(a, b)) { droppedConflicts++; continue; }
            findings.Add(Pair(claims, a, b, Full(a, b, r), r.Disputed ? FindingKind.Disputed : FindingKind.Conflict));
        }
        foreach (var (a, b, r) in agreeEdges.Where(e => cluster[e.A] != cluster[e.B])
                     .OrderByDescending(e => e.R.Confidence).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            inShared[a] = inShared[b] = true;
            if (!Room(a, b)) { droppedAgreements++; continue; }
            findings.Add(Pair(claims, a, b, Full(a, b, r), FindingKind.Agreement));
        }
        if (droppedConflicts > 0)
            notices?.Add(string.Create(CultureInfo.InvariantCulture,
                $"{droppedConflicts} weaker conflict or dispute links left out: a claim keeps its {maxLinksPerClaim} strongest pair links (MaxLinksPerClaim)"));
        if (droppedAgreements > 0)
            notices?.Add(string.Create(CultureInfo.InvariantCulture,
                $"{droppedAgreements} weaker agreement links between claims outside a shared group left out: a claim keeps its {maxLinksPerClaim} strongest pair links (MaxLinksPerClaim)"));

        // partial matches: one finding per pair, unless the two already agree through a group; a claim keeps only
        // its strongest few related links, so that a large corpus does not drown in weak ones
        var related = partials.Where(p => cluster[p.A] != cluster[p.B] && !edgeSet.Contains(Key(p.A, p.B)))
            .OrderByDescending(p => p.R.Confidence).ThenBy(p => p.A).ThenBy(p => p.B).ToList();
        var perClaim = new int[n];
        foreach (var (a, b, r) in related)
        {
            if (perClaim[a] >= MaxPartialLinksPerClaim && perClaim[b] >= MaxPartialLinksPerClaim) continue;
            perClaim[a]++;
            perClaim[b]++;
            findings.Add(Pair(claims, a, b, Full(a, b, r), FindingKind.Partial));
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

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

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
