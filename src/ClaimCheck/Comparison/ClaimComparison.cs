using System.Collections.Immutable;
using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>The verdict on a pair of statements.</summary>
public enum PairVerdict
{
    /// <summary>The statements do not speak of the same fact.</summary>
    Unrelated,
    /// <summary>The statements state the same fact compatibly.</summary>
    Agree,
    /// <summary>The statements state the same fact and clash.</summary>
    Conflict,
    /// <summary>The statements speak of the same topic with different scope.</summary>
    Partial,
}

/// <summary>The outcome of comparing two claims.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Score">Similarity of the two claims as facts, from 0 to 1.</param>
/// <param name="Confidence">How sure the verdict is, from 0 to 1.</param>
/// <param name="ConflictType">For a conflict, the slot it rests on.</param>
/// <param name="Slots">Slot-by-slot evidence.</param>
/// <param name="Explanation">The editor's note.</param>
/// <param name="Disputed">Whether a clash lies between attributed speakers rather than between the sources.</param>
public sealed record ClaimComparison(
    PairVerdict Verdict,
    double Score,
    double Confidence,
    ConflictType? ConflictType,
    ImmutableArray<SlotComparison> Slots,
    string Explanation,
    bool Disputed = false);

/// <summary>Judges whether two claims state the same fact, and whether they agree.</summary>
/// <remarks>
/// Stage <c>Comparison</c>. Requires: two claims with normalised slots. Creates: a verdict, score, confidence
/// and explanation. Implementations must be thread-safe and deterministic, and symmetric up to the order of
/// the claims named in the explanation.
/// </remarks>
public interface IClaimComparer
{
    /// <summary>Compares two claims.</summary>
    /// <param name="a">The first claim.</param>
    /// <param name="b">The second claim.</param>
    /// <returns>The comparison.</returns>
    ClaimComparison Compare(Claim a, Claim b);
}
