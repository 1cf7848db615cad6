namespace ClaimCheck.Segmentation;

/// <summary>Breaks over-long sentences at word boundaries so later stages stay bounded.</summary>
internal static class SentenceLimits
{
    /// <summary>Cuts <paramref name="span"/> into pieces of at most <paramref name="max"/> code units, breaking at white space where possible.</summary>
    public static IEnumerable<TextSpan> Cut(string text, TextSpan span, int max)
    {
        if (max <= 0 || span.Length <= max)
        {
            yield return span;
            yield break;
        }
        int start = span.Start;
        while (start < span.End)
        {
            int end = Math.Min(span.End, start + max);
            if (end < span.End)
            {
                int back = end;
                while (back > start + max / 2 && !char.IsWhiteSpace(text[back - 1])) back--;
                if (back > start + max / 2) end = back;
                else if (char.IsLowSurrogate(text[end]) && end - 1 > start) end--; // never split a surrogate pair
            }
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return TextSpan.FromBounds(s, e);
            start = end;
        }
    }
}
