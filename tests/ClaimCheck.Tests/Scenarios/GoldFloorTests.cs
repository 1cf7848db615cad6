using ClaimCheck.Articles;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Scenarios;

/// <summary>The floors issue #4 sets on the hand-labelled gold sets, scored with the Python scorer's rules.</summary>
public class GoldFloorTests
{
    private static (CrossCheckReport Report, Dictionary<string, string> Texts) Run(params string[] folders)
    {
        var articles = ArticleReader.ReadPaths(folders);
        var report = CrossCheckPipeline.Default.Run(articles);
        return (report, articles.ToDictionary(a => a.Id, a => a.Text));
    }

    [Test]
    public void SampleCorpusMeetsTheGoldFloors()
    {
        var (report, texts) = Run(TestData.SampleCorpus);
        var score = GoldScorer.Score(report, TestData.Gold("riyadh-2025.json"), texts);
        TestContext.Out.WriteLine(score);
        foreach (var f in report.FindingsOf(FindingKind.Conflict))
            TestContext.Out.WriteLine("conflict: " + string.Join(" | ", f.ClaimIds.Select(id => report.GetClaim(id).Text)));
        Assert.Multiple(() =>
        {
            Assert.That(score.Provenance, Is.EqualTo(score.Claims), "every claim's text is the source at its span");
            Assert.That(score.Total("agree").Got, Is.GreaterThanOrEqualTo(18), "agreement pairs");
            Assert.That(score.Total("partial").Got, Is.EqualTo(1), "the outcome-framing pair is partial");
            Assert.That(score.Total("unique").Got, Is.GreaterThanOrEqualTo(4), "unique facts");
            Assert.That(score.ConflictsRaised, Is.LessThanOrEqualTo(1), "the real reports hold no hard contradiction");
        });
    }

    [Test]
    public void PlantedReportMeetsTheGoldFloors()
    {
        var (report, texts) = Run(TestData.SampleCorpus, TestData.PlantedCorpus);
        var score = GoldScorer.Score(report, TestData.Gold("riyadh-2025-planted.json"), texts);
        TestContext.Out.WriteLine(score);
        Assert.Multiple(() =>
        {
            Assert.That(score.Provenance, Is.EqualTo(score.Claims));
            Assert.That(score.Total("conflict").Got, Is.GreaterThanOrEqualTo(6), "planted conflicts found");
            Assert.That(score.Total("agree").Got, Is.EqualTo(2), "both agreement pairs kept");
        });
    }

    [Test]
    public void VerdictsGeneraliseToAReportWordedDifferently()
    {
        var (report, texts) = Run(TestData.SampleCorpus, Path.Combine(TestData.Root, "Data", "variants"));
        var score = GoldScorer.Score(report, TestData.Gold("x02-gold.json"), texts);
        TestContext.Out.WriteLine(score);
        Assert.Multiple(() =>
        {
            Assert.That(score.Total("conflict").Got, Is.GreaterThanOrEqualTo(5), "conflicts found in minutes, other numbers and other wording");
            Assert.That(score.Total("agree").Got, Is.EqualTo(2), "agreements kept");
        });
    }

    [Test]
    public void ThereAreMoreClaimsThanBodySentences()
    {
        var (report, _) = Run(TestData.SampleCorpus);
        Assert.That(report.Claims.Length, Is.GreaterThan(report.Sources.Sum(s => s.Sentences)));
        Assert.That(report.Claims.Count(c => c.ParentId is not null), Is.GreaterThan(0), "enumerations are split into items");
    }
}
