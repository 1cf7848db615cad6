using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public class TextReportWriterTests
{
    private static readonly string[] Order =
    {
        "Conflicts (1)", "Partial matches (1)", "Agreements (1)", "Disputed between actors", "Unique to a (1)", "Unique to b (0)", "Unique to c (1)",
    };

    private static void AssertInOrder(string text, IEnumerable<string> parts)
    {
        int pos = -1;
        foreach (var part in parts)
        {
            int i = text.IndexOf(part, StringComparison.Ordinal);
            Assert.That(i, Is.GreaterThan(pos), $"'{part}' out of order in:\n{text}");
            pos = i;
        }
    }

    [Test]
    public void TextFollowsConflictsPartialAgreementsDisputedUnique()
    {
        string text = SampleReports.Mixed().ToText();
        AssertInOrder(text, Order.Select(s => "== " + s));
        AssertInOrder(text, new[] { "F001 [number]", "F002", "F003", "F004", "F006", "F005" });
    }

    [Test]
    public void MarkdownFollowsConflictsPartialAgreementsDisputedUnique()
    {
        string md = SampleReports.Mixed().ToMarkdown();
        AssertInOrder(md, Order.Select(s => "## " + s));
        AssertInOrder(md, new[] { "### F001 · **number**", "### F002", "### F003", "### F004", "### F006", "### F005" });
    }

    [Test]
    public void MarkdownEscapesMarkup()
    {
        string md = SampleReports.Hostile().ToMarkdown();
        Assert.That(md, Does.Not.Contain("<script>"));
        Assert.That(md, Does.Contain("\\<script\\>"));
    }

    [Test]
    public void UniqueFindingOfAnUnlistedSourceIsStillShown()
    {
        var report = SampleReports.Mixed();
        var orphan = report.Findings[^1] with { Id = "F099", SourceIds = System.Collections.Immutable.ImmutableArray.Create("zzz") };
        var withOrphan = new CrossCheckReport(report.Sources, report.Claims, report.Findings.Add(orphan));
        Assert.That(withOrphan.ToText(), Does.Contain("F099"));
        Assert.That(withOrphan.ToHtml(), Does.Contain("finding-F099"));
    }
}
