using ClaimCheck.Articles;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Runs one text through reading, segmentation and extraction.</summary>
internal static class ExtractionHelper
{
    public static IReadOnlyList<Claim> Claims(string text, DateOnly? dateline = null, string id = "t")
    {
        var article = new Article(id, text, published: dateline);
        var claims = CrossCheckPipeline.Default.Analyze(article).Claims;
        foreach (var c in claims)
        {
            Assert.That(c.Span.Of(text), Is.EqualTo(c.Text), "claim text must equal the source at its span");
            foreach (var a in c.Actors) Assert.That(a.Span.Of(text), Is.EqualTo(a.Text));
            foreach (var q in c.Quantities) Assert.That(q.Span.Of(text), Is.EqualTo(q.Text));
            foreach (var t in c.Times) Assert.That(t.Span.Of(text), Is.EqualTo(t.Text));
            foreach (var p in c.Places) Assert.That(p.Span.Of(text), Is.EqualTo(p.Text));
            if (c.Attribution is { } at) Assert.That(at.Span.Of(text), Is.EqualTo(at.Text));
        }
        return claims;
    }

    public static Claim Single(string text, DateOnly? dateline = null) => Claims(text, dateline).First();

    public static Claim Containing(IReadOnlyList<Claim> claims, string fragment) =>
        claims.Where(c => c.Text.Contains(fragment, StringComparison.Ordinal)).OrderBy(c => c.Text.Length).FirstOrDefault()
        ?? throw new AssertionException($"no claim contains '{fragment}'; claims: {string.Join(" | ", claims.Select(c => c.Text))}");
}
