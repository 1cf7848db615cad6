namespace ClaimCheck.Normalization;

/// <summary>What a quantity measures.</summary>
public enum QuantityKind
{
    /// <summary>A count of things ("four main agreements").</summary>
    Count,
    /// <summary>A length of time ("four and a half hours").</summary>
    Duration,
    /// <summary>An amount of money ("$2.5 billion").</summary>
    Money,
    /// <summary>A percentage ("11 percent").</summary>
    Percent,
    /// <summary>A position in a sequence ("the first meeting", "the second round").</summary>
    Ordinal,
    /// <summary>Any other measure (distance, weight …) or a bare number.</summary>
    Measure,
}

/// <summary>A number found in text, normalised to an interval with a unit and the noun it counts.</summary>
/// <param name="Text">The source text at <paramref name="Span"/>.</param>
/// <param name="Span">Where the quantity lies in the article text.</param>
/// <param name="Value">The values the text allows: "over four hours" is <c>(4, ∞)</c>.</param>
/// <param name="Unit">Normalised unit ("hour", "percent", "usd"), or <c>null</c> for a count.</param>
/// <param name="Counted">The noun counted, lemmatised ("agreement", "stage", "terminal"), or <c>null</c>.</param>
/// <param name="Kind">What the quantity measures.</param>
/// <param name="Approximate">Whether the text hedges the value ("about", "roughly", "some").</param>
public sealed record Quantity(
    string Text,
    TextSpan Span,
    Interval Value,
    string? Unit,
    string? Counted,
    QuantityKind Kind,
    bool Approximate = false);
