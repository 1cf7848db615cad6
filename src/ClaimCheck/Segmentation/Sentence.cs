namespace ClaimCheck.Segmentation;

/// <summary>One sentence of an article's body.</summary>
/// <param name="SourceId">The article it comes from.</param>
/// <param name="Index">Its position among the article's sentences, from 0.</param>
/// <param name="Span">Where it lies in the article's text.</param>
/// <param name="Text">The article's text at <paramref name="Span"/>.</param>
public sealed record Sentence(string SourceId, int Index, TextSpan Span, string Text);

/// <summary>Splits text into sentences.</summary>
/// <remarks>
/// Stage <c>Segmentation</c>. Requires: an article's body regions. Creates: sentence spans, trimmed of
/// surrounding white space, in text order, never overlapping. Implementations must be thread-safe and
/// must run in time linear in the length of the range.
/// </remarks>
public interface ISentenceSplitter
{
    /// <summary>Appends the sentences found in <paramref name="range"/> of <paramref name="text"/> to <paramref name="output"/>.</summary>
    /// <param name="text">The whole text the spans index.</param>
    /// <param name="range">The part of <paramref name="text"/> to split.</param>
    /// <param name="output">Receives sentence spans, in order.</param>
    void Split(string text, TextSpan range, List<TextSpan> output);
}
