using ClaimCheck.Articles;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// The extractor reuses one per-thread article state (lists, surname memory, draft table) from article to article. Nothing of
/// one article may reach the next: the claims of an article are the same whatever was extracted before it on the thread.
/// </summary>
public class ArticleStateTests
{
    private static string Describe(IEnumerable<Claim> claims) => string.Join("\n", claims.Select(c =>
        $"{c.Id}|{c.Span}|{c.Kind}|{c.Predicate}|{c.Polarity}|{c.Modality}|{c.Attribution}|{c.ParentId}|{string.Join(',', c.Items)}|" +
        $"{string.Join(',', c.Keys)}|{string.Join(',', c.Actors)}|{string.Join(',', c.Places)}|{string.Join(',', c.Quantities)}|{string.Join(',', c.Times)}"));

    [Test]
    public void ASurnameLearnedInOneArticleIsForgottenInTheNext()
    {
        var pipeline = CrossCheckPipeline.Default;
        var first = new Article("a", "Deputy Minister Ivan Petrovsky said the talks would continue on Monday in Geneva.");
        var second = new Article("b", "Petrovsky said the talks had failed after three rounds of negotiations.");
        var alone = Describe(pipeline.Analyze(second).Claims);

        var learned = pipeline.Analyze(first).Claims;
        Assert.That(learned.SelectMany(c => c.Actors).Select(a => a.Id), Does.Contain("person:ivan-petrovsky"),
            "the first article must teach the surname, or the test shows nothing");
        var after = pipeline.Analyze(second).Claims;

        Assert.That(after.SelectMany(c => c.Actors).Select(a => a.Id), Does.Not.Contain("person:ivan-petrovsky"));
        Assert.That(Describe(after), Is.EqualTo(alone));
    }

    [Test]
    public void ClaimsDoNotDependOnWhatTheThreadExtractedBefore()
    {
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus }).ToList();
        var pipeline = CrossCheckPipeline.Default;
        var forward = articles.ToDictionary(a => a.Id, a => Describe(pipeline.Analyze(a).Claims));
        foreach (var a in Enumerable.Reverse(articles))
            Assert.That(Describe(pipeline.Analyze(a).Claims), Is.EqualTo(forward[a.Id]), a.Id);
        // and the same as a thread that has never extracted anything
        foreach (var a in articles)
        {
            string? fresh = null;
            var thread = new Thread(() => fresh = Describe(pipeline.Analyze(a).Claims));
            thread.Start();
            thread.Join();
            Assert.That(fresh, Is.EqualTo(forward[a.Id]), a.Id);
        }
    }

    [TestCase("a", 0, "a:000")]
    [TestCase("x01_planted", 7, "x01_planted:007")]
    [TestCase("a", 999, "a:999")]
    [TestCase("a", 1000, "a:1000")]
    [TestCase("src", 123456, "src:123456")]
    public void ClaimIdsNumberClaimsWithAtLeastThreeDigits(string article, int n, string expected) =>
        Assert.That(ClaimExtractor.ClaimId(article, n), Is.EqualTo(expected));

    [Test]
    public void ClaimIdsFollowTextOrderWhenClaimsAreFoundOutOfOrder()
    {
        // the role claim ("Kirill Dmitriev, the head of …") is found after the sentence's clauses, but starts first
        var claims = CrossCheckPipeline.Default.Analyze(new Article("a",
            "Kirill Dmitriev, the head of the Russian Direct Investment Fund, said the two countries agreed to restore embassies.")).Claims;
        Assert.That(claims.Select(c => c.Text), Is.EqualTo(new[]
        {
            "Kirill Dmitriev, the head of the Russian Direct Investment Fund", "the two countries agreed to restore embassies",
        }));
        Assert.That(claims.Select(c => c.Id), Is.EqualTo(new[] { "a:000", "a:001" }));
    }
}

/// <summary>Small helpers of the extractor whose fast paths must keep their plain meaning.</summary>
public class ExtractorHelperTests
{
    [Test]
    public void DistinctKeysKeepsFirstOccurrencesInOrder()
    {
        // equal content in different instances, same length and end characters with different middles, the empty key
        var built = new string(new[] { 'r', 'u', 's' });
        var keys = new List<string> { "rus", "abc", "axc", built, "", "abc", "#agreement", "#agreement".Substring(0), "", "axc", "z" };
        Assert.That(ClaimExtractor.DistinctKeys(keys), Is.EqualTo(new[] { "rus", "abc", "axc", "", "#agreement", "z" }));
    }

    [Test]
    public void DistinctKeysHandlesLongLists()
    {
        var keys = Enumerable.Range(0, 300).Select(i => "k" + (i % 170).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(ClaimExtractor.DistinctKeys(keys), Is.EqualTo(keys.Distinct(StringComparer.Ordinal)));
        Assert.That(ClaimExtractor.DistinctKeys(new List<string>()), Is.Empty);
    }

    [TestCase("ushakov", "ushakov")]
    [TestCase("o'brien", "obrien")]
    [TestCase("łódź", "lodz")]
    [TestCase("ærø", "aero")]
    [TestCase("straße", "strasse")]
    [TestCase("kyi\u0301v", "kyiv")]
    [TestCase("müller", "muller")]
    [TestCase("x2", "x2")]
    [TestCase("", "")]
    public void SlugKeepsAsciiLettersAndDigitsWithoutAccents(string lower, string expected) =>
        Assert.That(MentionFinder.Slug(lower), Is.EqualTo(expected));
}
