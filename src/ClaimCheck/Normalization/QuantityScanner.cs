namespace ClaimCheck.Normalization;

/// <summary>Finds quantities in text and normalises them to intervals with units and counted nouns.</summary>
/// <remarks>A hand-written scanner: linear time, no regular expressions; thread-safe.</remarks>
public static class QuantityScanner
{
    /// <summary>Appends the quantities found in <paramref name="range"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text the spans index.</param>
    /// <param name="range">The part to scan (usually one sentence).</param>
    /// <param name="output">Receives quantities in text order.</param>
    public static void Scan(string text, TextSpan range, List<Quantity> output)
    {
        if (text is null || output is null) return;
        var tokens = new List<NumberToken>();
        NumberTokenizer.Tokenize(text, range, tokens);
        new QuantityParser(text, tokens).Run(output);
    }
}
