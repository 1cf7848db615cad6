using ClaimCheck.Extraction;

namespace ClaimCheck.Alignment;

/// <summary>The naive blocker: every pair of claims from different sources. Quadratic; for measuring recall.</summary>
public sealed class ExhaustiveBlocker : ICandidateBlocker
{
    /// <summary>The shared instance.</summary>
    public static ExhaustiveBlocker Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<CandidatePair> FindCandidates(IReadOnlyList<Claim> claims)
    {
        var pairs = new List<CandidatePair>();
        for (int i = 0; i < claims.Count; i++)
            for (int j = i + 1; j < claims.Count; j++)
                if (!string.Equals(claims[i].SourceId, claims[j].SourceId, StringComparison.Ordinal))
                    pairs.Add(new CandidatePair(i, j));
        return pairs;
    }
}
