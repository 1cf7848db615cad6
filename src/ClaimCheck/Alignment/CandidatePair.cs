using ClaimCheck.Extraction;

namespace ClaimCheck.Alignment;

/// <summary>Two claims from different sources that may state the same fact.</summary>
/// <param name="Left">Index of the first claim in the claim list (the smaller index).</param>
/// <param name="Right">Index of the second claim.</param>
public readonly record struct CandidatePair(int Left, int Right);

/// <summary>Finds the pairs of claims worth comparing, without comparing every pair.</summary>
/// <remarks>
/// Stage <c>Alignment</c>. Requires: claims with normalised keys. Creates: candidate pairs from different
/// sources, each once, sorted. The number of pairs should grow close to linearly with the number of claims.
/// Implementations must be thread-safe and deterministic.
/// </remarks>
public interface ICandidateBlocker
{
    /// <summary>Finds candidate pairs.</summary>
    /// <param name="claims">All claims of the cross-check, in report order.</param>
    /// <returns>Sorted, distinct pairs with <c>Left &lt; Right</c> and different sources.</returns>
    IReadOnlyList<CandidatePair> FindCandidates(IReadOnlyList<Claim> claims);
}
