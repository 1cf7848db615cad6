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
}
