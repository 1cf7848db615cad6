using ClaimCheck.Comparison;
using ClaimCheck.Extraction;

namespace ClaimCheck.Alignment;

/// <summary>Finds candidate pairs by blocking on normalised keys (actor ids, predicate, concepts, counted noun and unit).</summary>
/// <remarks>
/// Thread-safe and deterministic. An inverted index maps each key to the claims holding it (an enumeration also
/// holds its items' keys). Keys held by more than <see cref="MaxKeyFrequency"/> of the claims are too common to
/// block on. For each claim, candidates from other sources are scored by the summed weight of the shared keys and
/// only the best <see cref="MaxCandidatesPerClaim"/> are kept, so pairs grow linearly with the number of claims.
/// </remarks>
public sealed class KeyBlocker : ICandidateBlocker
{
    /// <summary>The shared instance with default settings.</summary>
    public static KeyBlocker Instance { get; } = new();

    /// <summary>Creates a blocker.</summary>
    /// <param name="maxCandidatesPerClaim">Most candidates kept per claim.</param>
    /// <param name="maxKeyFrequency">Largest share of claims a key may occur in and still block (0–1).</param>
    public KeyBlocker(int maxCandidatesPerClaim = 24, double maxKeyFrequency = 0.05)
    {
        MaxCandidatesPerClaim = Math.Max(1, maxCandidatesPerClaim);
        MaxKeyFrequency = maxKeyFrequency;
    }

    /// <summary>Most candidates kept per claim.</summary>
    public int MaxCandidatesPerClaim { get; }

    /// <summary>Largest share of claims a key may occur in and still be used for blocking.</summary>
    public double MaxKeyFrequency { get; }

    /// <inheritdoc />
    public IReadOnlyList<CandidatePair> FindCandidates(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        int n = claims.Count;
        var byId = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) byId[claims[i].Id] = i;
        var keySets = new List<string>[n];
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var k in claims[i].Keys) if (!k.StartsWith('~')) set.Add(k);
            foreach (var item in claims[i].Items)
                if (byId.TryGetValue(item, out var j))
                    foreach (var k in claims[j].Keys) if (!k.StartsWith('~')) set.Add(k);
            var list = set.ToList();
            list.Sort(StringComparer.Ordinal);
            keySets[i] = list;
            foreach (var k in list)
            {
                if (!index.TryGetValue(k, out var posting)) index[k] = posting = new List<int>();
                posting.Add(i);
            }
        }
        int cap = Math.Max(40, (int)(MaxKeyFrequency * n));
        var weights = KeyWeights.FromClaims(claims);
        var pairs = new HashSet<long>();
        var scores = new Dictionary<int, double>();
        for (int i = 0; i < n; i++)
        {
            scores.Clear();
            foreach (var k in keySets[i])
            {
                var posting = index[k];
                if (posting.Count > cap || posting.Count < 2) continue;
                double w = weights.Weight(k) / Math.Log(2 + posting.Count);
                foreach (int j in posting)
                {
                    if (j == i || string.Equals(claims[i].SourceId, claims[j].SourceId, StringComparison.Ordinal)) continue;
                    scores[j] = scores.TryGetValue(j, out var s) ? s + w : w;
                }
            }
            foreach (var (j, _) in scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(MaxCandidatesPerClaim))
            {
                int lo = Math.Min(i, j), hi = Math.Max(i, j);
                pairs.Add(((long)lo << 32) | (uint)hi);
            }
        }
        var result = pairs.Select(p => new CandidatePair((int)(p >> 32), (int)(p & 0xFFFFFFFF))).ToList();
        result.Sort((x, y) => x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right));
        return result;
    }
}
