using ClaimCheck.Articles;
using ClaimCheck.Comparison;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary><see cref="CrossCheckOptions.MaxLinksPerClaim"/>: one deviant report against many copies of a fact.</summary>
public class LinkLimitTests
{
    private static List<Article> Cluster(int copies)
    {
        var articles = new List<Article> { new("deviant", "The talks in Riyadh between the American and Russian delegations lasted 90 minutes, officials said.") };
        for (int i = 0; i < copies; i++)
            articles.Add(new Article($"copy{i:D2}", "The talks in Riyadh between the American and Russian delegations lasted four and a half hours, officials said."));
        return articles;
    }

    private static CrossCheckReport Run(int copies, int limit) =>
        new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxLinksPerClaim = limit }).Build().Run(Cluster(copies));

    private static int ConflictsOfDeviant(CrossCheckReport report) =>
        report.FindingsOf(FindingKind.Conflict).Count(f => f.SourceIds.Contains("deviant"));

    [Test]
    public void UnderTheLimitEveryConflictIsReportedAndNothingIsNoted()
    {
        var report = Run(copies: 5, limit: 8);
        Assert.That(ConflictsOfDeviant(report), Is.EqualTo(5), report.Render(new TextReportWriter()));
        Assert.That(report.Notices, Is.Empty);
        Assert.That(report.ToJson(), Does.Contain("\"notices\": []"));
    }

    [Test]
    public void OverTheLimitTheStrongestLinksAreKeptAndTheRestCounted()
    {
        var report = Run(copies: 12, limit: 8);
        Assert.That(ConflictsOfDeviant(report), Is.EqualTo(8));
        Assert.That(report.Notices, Has.Length.EqualTo(1));
        Assert.That(report.Notices[0], Does.StartWith("4 weaker conflict"));
        // the copies still agree as one group, and the deviant claim is still not "unique"
        Assert.That(report.FindingsOf(FindingKind.Agreement).Any(f => f.SourceIds.Length == 12), Is.True);
        Assert.That(report.FindingsOf(FindingKind.Unique).Any(f => f.SourceIds.Contains("deviant")), Is.False);
        Assert.That(report.ToJson(), Does.Contain("4 weaker conflict"));
        Assert.That(report.Render(new TextReportWriter()), Does.Contain("note: 4 weaker conflict"));
    }

    [Test]
    public void ZeroTurnsTheLimitOff()
    {
        var report = Run(copies: 12, limit: 0);
        Assert.That(ConflictsOfDeviant(report), Is.EqualTo(12));
        Assert.That(report.Notices, Is.Empty);
    }
}
