using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Scenarios;

public class EndToEndTests
{
    [Test]
    public void SampleCorpusGivesAReportWithExactProvenance()
    {
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus });
        var report = CrossCheckPipeline.Default.Run(articles);

        Assert.That(report.Sources, Has.Length.EqualTo(5));
        Assert.That(report.Claims, Is.Not.Empty);
        var texts = articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var c in report.Claims)
            Assert.That(c.Span.Of(texts[c.SourceId]), Is.EqualTo(c.Text), c.Id);
    }

    [Test]
    public void EveryFindingExplainsItselfWithAConfidence()
    {
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus });
        var report = CrossCheckPipeline.Default.Run(articles);
        Assert.Multiple(() =>
        {
            foreach (var f in report.Findings)
            {
                Assert.That(f.Explanation, Is.Not.Empty, f.Id);
                Assert.That(f.Confidence, Is.InRange(0.0, 1.0), f.Id);
                if (f.Kind is ClaimCheck.Comparison.FindingKind.Agreement or ClaimCheck.Comparison.FindingKind.Conflict)
                    Assert.That(f.SourceIds, Has.Length.GreaterThanOrEqualTo(2), f.Id);
                if (f.Kind == ClaimCheck.Comparison.FindingKind.Conflict)
                    Assert.That(f.ConflictType, Is.Not.Null, f.Id);
            }
        });
    }
}
