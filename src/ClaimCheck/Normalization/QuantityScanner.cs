namespace ClaimCheck.Normalization;

/// <summary>Finds quantities in text and normalises them to intervals with units and counted nouns.</summary>
/// <remarks>
/// <para>A hand-written scanner: linear time, no regular expressions; thread-safe; never throws (numbers too large for a
/// <see cref="double"/> and impossible forms are skipped).</para>
/// <para>A span covers the modifier, the number and the unit or counted noun phrase ("over four hours",
/// "20,000 Starlink internet terminals", "three-stage"). Modifiers become intervals: over/more than/above/in excess of X → (X, ∞);
/// at least X → [X, ∞); under/less than/fewer than/below X → [0, X) (unbounded below for a bare measure); at most/up to/no more
/// than/as many as X → [0, X]; nearly/almost/just under/close to X → [0.85X, X); barely/scarcely/hardly X → [0.75X, X]; just over X →
/// (X, 1.15X]; about/around/roughly/approximately/some/an estimated X → [0.85X, 1.15X] with <see cref="Quantity.Approximate"/>;
/// between X and Y, X to Y, X or Y, X-Y → [X, Y].</para>
/// <para>Vague amounts are approximate: a few → [2, 5]; several → [3, 9]; a couple (of) → 2; dozens → [24, 100);
/// hundreds → [200, 1000); thousands → [2000, 10⁶); tens of thousands → [2·10⁴, 10⁵); millions → [2·10⁶, 10⁹).
/// "a dozen" is exactly 12.</para>
/// <para>Counted nouns: up to three words after the number (a hyphenated compound is one word), stopping at a function word,
/// punctuation or a verb-like word; a plural ends the phrase; the last word taken is the head, singularised with
/// <see cref="Lemmatizer.NounLemma(string)"/>. Word ordinals need a determiner ("the first meeting"); "the first of its kind" has
/// no counted noun.</para>
/// <para>Skipped: years (four-digit 1000–2100 unless followed by a plural noun, as in "2000 troops"), day numbers next to a month,
/// bare digit ordinals ("the 18th"), clock times, ISO and slashed dates, ids ("No. 5", "COVID-19", "Resolution 2202"), the pronoun
/// "one" ("one of the", "no one"), and "a"/"an" on their own.</para>
/// </remarks>
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
        new QuantityParser(text, tokens.ToArray()).Run(output);
    }

    /// <summary>Appends the quantities of already tokenised text (the tokens of one range, from <see cref="NumberTokenizer"/>).</summary>
    internal static void Scan(string text, NumberToken[] tokens, List<Quantity> output) => new QuantityParser(text, tokens).Run(output);
}
