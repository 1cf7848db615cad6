using ClaimCheck.Comparison;
using ClaimCheck.Extraction;

namespace ClaimCheck.Alignment;

/// <summary>Finds candidate pairs by blocking on normalised keys (actor ids, predicate, concepts, counted noun and unit).</summary>
/// <remarks>
/// <para>Thread-safe and deterministic (the same claims give the same pairs on any number of threads). Keys are interned
/// to integers, and an inverted index maps each key to the claims holding it. For each claim, every claim of another
/// source that shares a key is scored with the weighted key overlap the comparer uses to decide whether two claims are
/// related (0.55 · Dice + 0.45 · containment over corpus-weighted keys, see <see cref="KeyWeights"/>), and the best
/// <see cref="MaxCandidatesPerClaim"/> are kept, best first; a pair is a candidate when either claim keeps the other, so
/// pairs grow linearly with the number of claims.</para>
/// <para>A key held by more than <see cref="MaxPostingLength"/> claims is too common to look candidates up by; it still
/// counts in the score of the candidates found through rarer keys. This bounds the cost per claim, so the whole pass is
/// linear in the number of claims, and keeps words every event shares from pairing claims about different events.</para>
/// <para>Every claim keeps its <see cref="MinCandidatesPerClaim"/> best candidates; beyond those, candidates scoring at
/// least 0.15 compete for a budget of <see cref="MaxPairsPerClaim"/> pairs per claim, best score first.</para>
/// </remarks>
public sealed class KeyBlocker : ICandidateBlocker
{
    /// <summary>The comparer's threshold for related claims.</summary>
    private const double RelatedThreshold = 0.3;

    /// <summary>Score below which a candidate is kept only to fill <see cref="MinCandidatesPerClaim"/>.</summary>
    private const double RelatedFloor = 0.15;

    /// <summary>The shared instance with default settings.</summary>
    public static KeyBlocker Instance { get; } = new();

    /// <summary>Creates a blocker.</summary>
    /// <param name="maxCandidatesPerClaim">Most candidates kept per claim.</param>
    /// <param name="maxPostingLength">Most claims a key may be held by and still be used to look candidates up.</param>
    /// <param name="maxPairsPerClaim">Most candidate pairs in all, per claim; the related candidates with the lowest scores are dropped beyond it.</param>
    public KeyBlocker(int maxCandidatesPerClaim = 160, int maxPostingLength = 1000, int maxPairsPerClaim = 30)
    {
        MaxCandidatesPerClaim = Math.Max(1, maxCandidatesPerClaim);
        MaxPostingLength = Math.Max(2, maxPostingLength);
        MaxPairsPerClaim = Math.Max(1, maxPairsPerClaim);
    }

    /// <summary>Most candidate pairs in all, as a multiple of the number of claims (a claim's own best few are always kept).</summary>
    public int MaxPairsPerClaim { get; }

    /// <summary>Most candidates kept per claim.</summary>
    public int MaxCandidatesPerClaim { get; }

    /// <summary>Fewest candidates kept per claim when it has that many claims sharing a key, related or not.</summary>
    public int MinCandidatesPerClaim => Math.Min(8, MaxCandidatesPerClaim);

    /// <summary>Most claims a key may be held by and still be used to look candidates up (it always counts in the score).</summary>
    public int MaxPostingLength { get; }

    /// <inheritdoc />
    public IReadOnlyList<CandidatePair> FindCandidates(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        int n = claims.Count;
        if (n < 2) return Array.Empty<CandidatePair>();
        var weights = KeyWeights.FromClaims(claims);

        // sources and keys as integers
        var sourceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var source = new int[n];
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new int[n][];
        var keyWeights = new double[n][];
        var sums = new double[n];
        var lead = new bool[n];
        var parentOf = new int[n];
        var byId = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) { byId[claims[i].Id] = i; parentOf[i] = -1; }
        for (int i = 0; i < n; i++)
            if (claims[i].ParentId is { } pid && byId.TryGetValue(pid, out int pi)) parentOf[i] = pi;
        var weightOf = new Dictionary<int, double>();
        for (int i = 0; i < n; i++)
        {
            var c = claims[i];
            if (!sourceIds.TryGetValue(c.SourceId, out int s)) sourceIds[c.SourceId] = s = sourceIds.Count;
            source[i] = s;
            lead[i] = c.Predicate == "lead";
            // as the comparer weighs them: one weight per base key, the largest of its forms
            weightOf.Clear();
            foreach (var k in c.Keys)
            {
                var b = KeyWeights.Base(k);
                if (!keyIds.TryGetValue(b, out int id)) keyIds[b] = id = keyIds.Count;
                double w = weights.Weight(k);
                if (!weightOf.TryGetValue(id, out var old) || old < w) weightOf[id] = w;
            }
            var ids = new int[weightOf.Count];
            var ws = new double[weightOf.Count];
            int m = 0;
            foreach (var (id, w) in weightOf) { ids[m] = id; ws[m] = w; m++; }
            Array.Sort(ids, ws);
            double sum = 0;
            foreach (var w in ws) sum += w;
            keys[i] = ids;
            keyWeights[i] = ws;
            sums[i] = sum;
        }

        // inverted index: key → (claim, weight), claims ascending
        var postingCount = new int[keyIds.Count];
        for (int i = 0; i < n; i++) foreach (int k in keys[i]) postingCount[k]++;
        var postingClaims = new int[keyIds.Count][];
        var postingWeights = new double[keyIds.Count][];
        for (int k = 0; k < postingCount.Length; k++)
        {
            postingClaims[k] = new int[postingCount[k]];
            postingWeights[k] = new double[postingCount[k]];
        }
        var fill = new int[keyIds.Count];
        for (int i = 0; i < n; i++)
        {
            var ids = keys[i];
            for (int m = 0; m < ids.Length; m++)
            {
                int k = ids[m];
                postingClaims[k][fill[k]] = i;
                postingWeights[k][fill[k]++] = keyWeights[i][m];
            }
        }
        int cap = MaxPostingLength;

        // claims with the role "lead" are compared through the entity they lead even without shared keys
        var leaders = new List<int>();
        for (int i = 0; i < n; i++) if (lead[i]) leaders.Add(i);
        if (leaders.Count > cap) leaders.Clear();

        var picks = new (int Claim, double Score)[n][];
        Parallel.For(0, n, () => new Scratch(n), (i, _, scratch) =>
        {
            picks[i] = Pick(i, scratch);
            return scratch;
        }, _ => { });

        // every claim keeps its best few; the related rest compete for the pair budget, best score first
        // enumerations are compared through their items too: an item's related claims are candidates for its list
        int capacity = 0;
        for (int i = 0; i < n; i++) capacity += picks[i].Length * (parentOf[i] >= 0 ? 4 : 1);
        var entries = new List<(long Pair, double Rank)>(capacity + 16);
        void Add(int a, int b, double rank)
        {
            if (a < 0 || b < 0 || a == b || source[a] == source[b]) return;
            int lo = Math.Min(a, b), hi = Math.Max(a, b);
            entries.Add((((long)lo << 32) | (uint)hi, rank));
        }
        for (int i = 0; i < n; i++)
        {
            var p = picks[i];
            for (int x = 0; x < p.Length; x++)
            {
                int j = p[x].Claim;
                Add(i, j, x < MinCandidatesPerClaim ? double.MaxValue : p[x].Score);
                if ((parentOf[i] >= 0 || parentOf[j] >= 0) && p[x].Score >= RelatedThreshold)
                {
                    Add(parentOf[i], j, p[x].Score);
                    Add(i, parentOf[j], p[x].Score);
                    Add(parentOf[i], parentOf[j], p[x].Score);
                }
            }
            picks[i] = null!;
        }
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries);
        all.Sort(static (a, b) => a.Pair != b.Pair ? a.Pair.CompareTo(b.Pair) : b.Rank.CompareTo(a.Rank));
        int distinct = 0;
        for (int x = 0; x < all.Length; x++)
            if (x == 0 || all[x].Pair != all[x - 1].Pair) all[distinct++] = all[x];
        long budget = (long)MaxPairsPerClaim * n;
        if (distinct > budget)
        {
            all[..distinct].Sort(static (a, b) => a.Rank != b.Rank ? b.Rank.CompareTo(a.Rank) : a.Pair.CompareTo(b.Pair));
            int keep = (int)budget;
            while (keep < distinct && all[keep].Rank == double.MaxValue) keep++;
            distinct = keep;
            all[..distinct].Sort(static (a, b) => a.Pair.CompareTo(b.Pair));
        }
        var result = new List<CandidatePair>(distinct);
        for (int x = 0; x < distinct; x++) result.Add(new CandidatePair((int)(all[x].Pair >> 32), (int)(all[x].Pair & 0xFFFFFFFF)));
        return result;

        (int Claim, double Score)[] Pick(int i, Scratch sc)
        {
            var acc = sc.Overlap;
            var touched = sc.Touched;
            touched.Clear();
            var ids = keys[i];
            var ws = keyWeights[i];
            int si = source[i];
            bool skipped = false;
            for (int m = 0; m < ids.Length; m++)
            {
                int k = ids[m];
                var pc = postingClaims[k];
                if (pc.Length > cap) { skipped = true; continue; }
                if (pc.Length < 2) continue;
                var pw = postingWeights[k];
                double w = ws[m];
                for (int x = 0; x < pc.Length; x++)
                {
                    int j = pc[x];
                    if (source[j] == si) continue;
                    if (acc[j] == 0) touched.Add(j);
                    acc[j] += Math.Min(w, pw[x]) + 1e-12;
                }
            }
            if (lead[i])
                foreach (int j in leaders)
                {
                    if (source[j] == si || acc[j] != 0) continue;
                    touched.Add(j);
                    acc[j] = 1e-12;
                }
            var scored = sc.Scored;
            scored.Clear();
            foreach (int j in touched)
            {
                double overlap = acc[j];
                acc[j] = 0;
                if (skipped) overlap += SkippedOverlap(i, j);
                double score = Similarity(overlap, sums[i], sums[j]);
                if (lead[i] && lead[j]) score += 0.3;
                scored.Add((score, j));
            }
            scored.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Claim.CompareTo(y.Claim));
            int take = 0;
            while (take < scored.Count && take < MaxCandidatesPerClaim && (take < MinCandidatesPerClaim || scored[take].Score >= RelatedFloor)) take++;
            var chosen = new (int Claim, double Score)[take];
            for (int x = 0; x < take; x++) chosen[x] = (scored[x].Claim, scored[x].Score);
            return chosen;
        }

        // the overlap on keys too common to look up by: those of claim i that claim j holds too
        double SkippedOverlap(int i, int j)
        {
            double extra = 0;
            var ids = keys[i];
            for (int m = 0; m < ids.Length; m++)
            {
                if (postingClaims[ids[m]].Length <= cap) continue;
                int x = Array.BinarySearch(keys[j], ids[m]);
                if (x >= 0) extra += Math.Min(keyWeights[i][m], keyWeights[j][x]);
            }
            return extra;
        }
    }

    /// <summary>The comparer's alignment score from the weighted overlap and the two claims' key weight sums.</summary>
    private static double Similarity(double overlap, double sumA, double sumB)
    {
        if (sumA <= 0 || sumB <= 0) return 0;
        double dice = 2 * overlap / (sumA + sumB);
        double smaller = Math.Min(sumA, sumB);
        double containment = overlap / smaller;
        if (smaller < 2.5) containment *= smaller / 2.5;
        return Math.Min(1, 0.55 * dice + 0.45 * containment);
    }

    private sealed class Scratch(int n)
    {
        public double[] Overlap { get; } = new double[n];
        public List<int> Touched { get; } = new();
        public List<(double Score, int Claim)> Scored { get; } = new();
    }
}
