namespace ClaimCheck.Normalization;

/// <summary>How a time expression was turned into dates.</summary>
public enum TimeResolution
{
    /// <summary>The text names the date itself ("February 12, 2025").</summary>
    Absolute,
    /// <summary>The text names a date whose year came from the dateline ("February 12").</summary>
    AbsoluteYearFromDateline,
    /// <summary>Computed from the dateline ("last week", "on Tuesday", "the 18th"): weaker evidence.</summary>
    RelativeToDateline,
    /// <summary>A whole year or a span of years ("2008", "since 2022").</summary>
    Year,
}

/// <summary>A time expression resolved to an inclusive date range.</summary>
/// <param name="Text">The source text at <paramref name="Span"/>.</param>
/// <param name="Span">Where the expression lies in the article text.</param>
/// <param name="From">First day of the range.</param>
/// <param name="To">Last day of the range.</param>
/// <param name="Resolution">How the range was computed.</param>
public sealed record TimeExpression(string Text, TextSpan Span, DateOnly From, DateOnly To, TimeResolution Resolution)
{
    /// <summary>Whether the range was computed from the dateline rather than read from the text.</summary>
    public bool IsRelative => Resolution == TimeResolution.RelativeToDateline;

    /// <summary>Whether the two ranges share at least one day.</summary>
    /// <param name="other">The other expression.</param>
    /// <returns><c>true</c> when they overlap.</returns>
    public bool Overlaps(TimeExpression other) => From <= other.To && other.From <= To;
}
