using System.Collections.Immutable;

namespace ClaimCheck.Comparison;

/// <summary>The kind of a finding.</summary>
public enum FindingKind
{
    /// <summary>Two or more sources state the same fact with compatible slots.</summary>
    Agreement,
    /// <summary>Two sources state the same fact with a clash in one slot.</summary>
    Conflict,
    /// <summary>Sources speak of the same topic with different scope or framing.</summary>
    Partial,
    /// <summary>A claim no other source makes.</summary>
    Unique,
    /// <summary>Sources report actors who disagree with each other (attributed speech): not a conflict between sources.</summary>
    Disputed,
}

/// <summary>Which slot a conflict rests on.</summary>
public enum ConflictType
{
    /// <summary>Disjoint intervals for the same counted thing and unit.</summary>
    Number,
    /// <summary>Disjoint dates for the same event.</summary>
    Date,
    /// <summary>A different person in the same role.</summary>
    Actor,
    /// <summary>A different place for the same event.</summary>
    Place,
    /// <summary>Affirmed against negated.</summary>
    Polarity,
    /// <summary>Opposite stance ("likely" against "unlikely").</summary>
    Modality,
    /// <summary>Different positions in a sequence ("first" against "second").</summary>
    Ordinal,
}

/// <summary>How one slot of two claims compared.</summary>
public enum SlotOutcome
{
    /// <summary>The values are compatible.</summary>
    Match,
    /// <summary>The values clash.</summary>
    Clash,
    /// <summary>The values measure different things and cannot be compared.</summary>
    Different,
}

/// <summary>The comparison of one slot of two claims, with the values and the reason.</summary>
/// <param name="Slot">The slot ("duration", "count:agreement", "date", "actor", "polarity", "modality", "predicate" …).</param>
/// <param name="Outcome">How the slot compared.</param>
/// <param name="Note">The editor's note: values and the rule applied, e.g. <c>4.5 h (003) lies within &gt; 4 h (000)</c>.</param>
/// <param name="Weak">Whether the evidence is weak (a relative date, a hedged value).</param>
public sealed record SlotComparison(string Slot, SlotOutcome Outcome, string Note, bool Weak = false);

/// <summary>A verdict about one or more claims, with the reason and a confidence.</summary>
/// <remarks>Immutable. Modelled on BenchmarkDotNet's <c>Conclusion</c>: a kind, the evidence, and who produced it.</remarks>
public sealed record Finding
{
    /// <summary>Unique id within a report (<c>F001</c> …), assigned in report order.</summary>
    public required string Id { get; init; }

    /// <summary>The verdict.</summary>
    public required FindingKind Kind { get; init; }

    /// <summary>The claims the verdict is about, sorted.</summary>
    public required ImmutableArray<string> ClaimIds { get; init; }

    /// <summary>How sure the verdict is, from 0 to 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>A careful editor's note: which slots matched, which clashed, with values.</summary>
    public required string Explanation { get; init; }

    /// <summary>For a conflict, the slot it rests on.</summary>
    public ConflictType? ConflictType { get; init; }

    /// <summary>The slot-by-slot evidence.</summary>
    public ImmutableArray<SlotComparison> Slots { get; init; } = ImmutableArray<SlotComparison>.Empty;

    /// <summary>The distinct sources of the claims, sorted.</summary>
    public ImmutableArray<string> SourceIds { get; init; } = ImmutableArray<string>.Empty;
}
