using ClaimCheck.Articles;
using ClaimCheck.Comparison;

namespace ClaimCheck.Tests.Comparison;

public class CorpusFindingTests
{
    [Test]
    public void OneFactToldByThreeSourcesIsOneAgreementFinding()
    {
        var articles = new[]
        {
            new Article("a", "Kirill Dmitriev, the head of the Russian Direct Investment Fund, attended the talks in Riyadh."),
            new Article("b", "Kirill Dmitriev, chief executive of the RDIF, attended the talks in Riyadh."),
            new Article("c", "Kirill Dmitriev, the CEO of the Russian Direct Investment Fund (RDIF), attended the talks in Riyadh."),
        };
        var report = CrossCheckPipeline.Default.Run(articles);
        var agreements = report.FindingsOf(FindingKind.Agreement).Where(f => f.SourceIds.Length == 3).ToList();
        Assert.That(agreements, Is.Not.Empty, report.Render(new ClaimCheck.Reporting.TextReportWriter()));
        Assert.That(report.FindingsOf(FindingKind.Conflict), Is.Empty);
    }

    [Test]
    public void TheSameMeasureOfDifferentCountriesIsNeitherConflictNorAgreement()
    {
        var articles = new[]
        {
            new Article("a", "Energy prices in Uzbekistan have risen by 54 percent since December, the ministry said."),
            new Article("b", "Energy prices in the United States have risen by 43 percent since December, the ministry said."),
        };
        var report = CrossCheckPipeline.Default.Run(articles);
        var text = report.Render(new ClaimCheck.Reporting.TextReportWriter());
        Assert.That(report.FindingsOf(FindingKind.Conflict), Is.Empty, text);
        Assert.That(report.FindingsOf(FindingKind.Agreement), Is.Empty, text);
        Assert.That(report.FindingsOf(FindingKind.Partial).Single().Explanation, Does.Contain("different actors"), text);
    }

    [Test]
    public void ActorsDisagreeingInAttributedSpeechIsNotASourceConflict()
    {
        var articles = new[]
        {
            new Article("a", "Kaja Kallas said that Europe must have a central role in the negotiations."),
            new Article("b", "Russia ruled out a role for Europe in the negotiations."),
        };
        var report = CrossCheckPipeline.Default.Run(articles);
        Assert.That(report.FindingsOf(FindingKind.Conflict), Is.Empty, report.Render(new ClaimCheck.Reporting.TextReportWriter()));
    }

    [Test]
    public void AClaimNoOtherSourceMakesIsUnique()
    {
        var articles = new[]
        {
            new Article("a", "French President Emmanuel Macron is planning an emergency meeting of European leaders on Wednesday."),
            new Article("b", "Musk donated 20,000 Starlink internet terminals to Ukraine in 2022."),
        };
        var report = CrossCheckPipeline.Default.Run(articles);
        Assert.That(report.Findings.All(f => f.Kind == FindingKind.Unique), Is.True);
        Assert.That(report.Findings, Has.Length.EqualTo(report.Claims.Length));
    }
}
