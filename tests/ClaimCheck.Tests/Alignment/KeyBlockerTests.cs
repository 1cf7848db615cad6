using ClaimCheck.Alignment;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Alignment;

public class KeyBlockerTests
{
    [Test]
    public void CandidatesComeFromDifferentSourcesOnceAndSorted()
    {
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus });
        var claims = articles.SelectMany(a => CrossCheckPipeline.Default.Analyze(a).Claims).ToList();
        var pairs = KeyBlocker.Instance.FindCandidates(claims);
        Assert.Multiple(() =>
        {
            Assert.That(pairs, Is.Not.Empty);
            Assert.That(pairs.All(p => p.Left < p.Right && claims[p.Left].SourceId != claims[p.Right].SourceId), Is.True);
            Assert.That(pairs.Distinct().Count(), Is.EqualTo(pairs.Count));
            Assert.That(pairs, Is.Ordered.By(nameof(CandidatePair.Left)));
            Assert.That(pairs.Count, Is.LessThan(ExhaustiveBlocker.Instance.FindCandidates(claims).Count));
        });
    }

    [Test]
    public void CandidatesPerClaimAreBounded()
    {
        var blocker = new KeyBlocker(maxCandidatesPerClaim: 3);
        var articles = Enumerable.Range(0, 30).Select(i => new Article($"s{i:D2}", $"The talks in Riyadh on trade lasted {i % 5 + 2} hours, officials said."));
        var claims = articles.SelectMany(a => CrossCheckPipeline.Default.Analyze(a).Claims).ToList();
        var pairs = blocker.FindCandidates(claims);
        Assert.That(pairs.Count, Is.LessThanOrEqualTo(3 * claims.Count));
    }
}
