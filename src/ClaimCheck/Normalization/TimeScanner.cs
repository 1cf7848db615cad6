namespace ClaimCheck.Normalization;

/// <summary>Finds time expressions in text and resolves them to date ranges against the article's dateline.</summary>
/// <remarks>A hand-written scanner: linear time, no regular expressions; thread-safe.</remarks>
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
        new TimeParser(text, tokens, dateline).Run(output);
    }
}
