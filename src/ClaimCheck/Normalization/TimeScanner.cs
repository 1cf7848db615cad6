namespace ClaimCheck.Normalization;

/// <summary>Finds time expressions in text and resolves them to date ranges against the article's dateline.</summary>
/// <remarks>
/// <para>A hand-written scanner: linear time, no regular expressions; thread-safe; never throws (impossible dates such as
/// "February 31" and dates outside <see cref="DateOnly"/>'s range are skipped).</para>
/// <para>Absolute: "February 12, 2025", "12 February 2025", "2nd March 2025", "Tuesday, 18 February 2025", "2025-02-18", and months
/// with a year ("February 2022"). A month/day without a year takes the year that puts it within six months of the dateline
/// (<see cref="TimeResolution.AbsoluteYearFromDateline"/>), as does a month after "in", "since", "early", "mid-", "last" ….
/// Slashed dates ("18/02/2025") are skipped as ambiguous.</para>
/// <para>Years (1900–2100; "the 1990s", "2014-2022"): <see cref="TimeResolution.Year"/>; "since 2022" runs from 2022-01-01 to the
/// dateline, or to 2022-12-31 without one.</para>
/// <para>Relative to the dateline (skipped without one): today, yesterday, tomorrow; last/this/next week (ISO Monday–Sunday weeks),
/// month, year, weekend; "next Monday" is the Monday of next week and "last Friday" the latest Friday before the dateline;
/// "the 18th" is the latest 18th on or before the dateline; "earlier/later this month"; "the past decade", "the past two years"
/// (a window ending at the dateline); "two days ago", "a few weeks ago", "in two weeks". A bare weekday ("on Tuesday") is the
/// latest such day on or before the dateline, unless the nearest tense marker around it (looking back first, then forward,
/// within twelve words) is a future one — will, expected, planning, plans, upcoming, scheduled — in which case it is the next
/// such day on or after the dateline. Weekdays inside names ("Good Friday", "Super Tuesday") and feasts ("Easter") are skipped.</para>
/// </remarks>
public static class TimeScanner
{
    /// <summary>Appends the time expressions found in <paramref name="range"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text the spans index.</param>
    /// <param name="range">The part to scan (usually one sentence).</param>
    /// <param name="dateline">The article's publication date, against which relative expressions are resolved; when <c>null</c> only absolute dates with a year are kept.</param>
    /// <param name="output">Receives expressions in text order.</param>
    public static void Scan(string text, TextSpan range, DateOnly? dateline, List<TimeExpression> output)
    {
        if (text is null || output is null) return;
        var tokens = new List<NumberToken>();
        NumberTokenizer.Tokenize(text, range, tokens);
        new TimeParser(text, tokens.ToArray(), dateline).Run(output);
    }

    /// <summary>Appends the time expressions of already tokenised text (the tokens of one range, from <see cref="NumberTokenizer"/>).</summary>
    internal static void Scan(string text, NumberToken[] tokens, DateOnly? dateline, List<TimeExpression> output) =>
        new TimeParser(text, tokens, dateline).Run(output);
}
