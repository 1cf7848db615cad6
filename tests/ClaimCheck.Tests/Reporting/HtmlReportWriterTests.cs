using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClaimCheck.Articles;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IDocument Mixed() => Parse(SampleReports.Mixed().ToHtml());

    [Test]
    public void PageIsWellFormedHtml5()
    {
        string html = SampleReports.Mixed().ToHtml();
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        // Strict mode throws on any parse error: unclosed tags, stray quotes, bad nesting.
        Assert.DoesNotThrow(() => new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html));
    }

    [Test]
    public void HeaderListsEverySourceWithTitleOutletAndDateline()
    {
        var rows = Mixed().QuerySelectorAll("table.sources tr.source");
        Assert.That(rows.Select(r => r.QuerySelector("td.id")!.TextContent), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(rows[1].QuerySelector("td.title")!.TextContent, Is.EqualTo("Title b"));
        Assert.That(rows[1].QuerySelector("td.outlet")!.TextContent, Is.EqualTo("Outlet b"));
        Assert.That(rows[1].QuerySelector("td.dateline")!.TextContent, Is.EqualTo("2025-02-19"));
    }

    [Test]
    public void MatrixIsOneSvgWithACellPerSourcePair()
    {
        var doc = Mixed();
        Assert.That(doc.QuerySelectorAll("svg"), Has.Length.EqualTo(1));
        var cells = doc.QuerySelectorAll("svg g.cell");
        Assert.That(cells, Has.Length.EqualTo(9));
        foreach (var row in new[] { "a", "b", "c" })
            foreach (var col in new[] { "a", "b", "c" })
                Assert.That(cells.Count(c => c.GetAttribute("data-row") == row && c.GetAttribute("data-col") == col), Is.EqualTo(1), $"{row}×{col}");
        Assert.That(cells.All(c => c.Children.Any(e => e.LocalName == "title")), "every cell has a tooltip");
        Assert.That(doc.QuerySelector("svg g.legend"), Is.Not.Null);
    }

    [Test]
    public void MatrixCellsCountAgreementsAndConflictsOfThePair()
    {
        var cells = Mixed().QuerySelectorAll("svg g.cell");
        IElement Cell(string r, string c) => cells.Single(e => e.GetAttribute("data-row") == r && e.GetAttribute("data-col") == c);
        Assert.That(Cell("a", "b").GetAttribute("data-agreements"), Is.EqualTo("1"));
        Assert.That(Cell("b", "a").GetAttribute("data-agreements"), Is.EqualTo("1"));
        Assert.That(Cell("a", "c").GetAttribute("data-conflicts"), Is.EqualTo("1"));
        Assert.That(Cell("a", "c").ClassList, Does.Contain("has-conflict"));
        Assert.That(Cell("b", "c").GetAttribute("data-agreements"), Is.EqualTo("0"));
        Assert.That(Cell("b", "c").GetAttribute("data-conflicts"), Is.EqualTo("0"));
        Assert.That(Cell("a", "c").QuerySelector("title")!.TextContent, Does.Contain("1 conflict"));
    }

    [Test]
    public void SectionsFollowConflictsPartialAgreementsDisputedUnique()
    {
        var ids = Mixed().QuerySelectorAll("section.findings").Select(s => s.Id).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "conflicts", "partial", "agreements", "disputed", "unique" }));
    }

    [Test]
    public void OnlyKindsPresentGetASection()
    {
        var report = SampleReports.Mixed();
        var onlyUnique = new CrossCheckReport(report.Sources, report.Claims,
            report.Findings.Where(f => f.Kind == ClaimCheck.Comparison.FindingKind.Unique).ToImmutableArray());
        var ids = Parse(onlyUnique.ToHtml()).QuerySelectorAll("section.findings").Select(s => s.Id);
        Assert.That(ids, Is.EqualTo(new[] { "unique" }));
    }

    [Test]
    public void UniqueClaimsAreGroupedPerSourceInSourceOrder()
    {
        var groups = Mixed().QuerySelectorAll("section#unique div.source-group");
        Assert.That(groups.Select(g => g.GetAttribute("data-source")), Is.EqualTo(new[] { "a", "c" }));
        Assert.That(groups[0].QuerySelector("article.finding")!.Id, Is.EqualTo("finding-F006"));
    }

    [Test]
    public void ConflictShowsTypeConfidenceExplanationAndSlotNotes()
    {
        var f = Mixed().QuerySelector("section#conflicts article.finding")!;
        Assert.That(f.Id, Is.EqualTo("finding-F001"));
        Assert.That(f.QuerySelector(".conflict-type")!.TextContent, Is.EqualTo("number"));
        Assert.That(f.QuerySelector(".confidence .value")!.TextContent, Is.EqualTo("0.82"));
        Assert.That(f.QuerySelector(".confidence .bar .fill")!.GetAttribute("style"), Is.EqualTo("width:82%"));
        Assert.That(f.QuerySelector(".explanation")!.TextContent, Is.EqualTo("Duration clashes: > 4 h (a) against 3 h (c)."));
        var slots = f.QuerySelectorAll("table.slots tbody tr");
        Assert.That(slots, Has.Length.EqualTo(2));
        Assert.That(slots[0].ClassList, Does.Contain("clash"));
        Assert.That(slots[0].TextContent, Does.Contain("> 4 h (a) is disjoint from 3 h (c)"));
    }

    [Test]
    public void AgreementShowsHowManySourcesAndWeakSlots()
    {
        var f = Mixed().QuerySelector("section#agreements article.finding")!;
        Assert.That(f.QuerySelector(".source-count")!.TextContent, Is.EqualTo("2 sources"));
        Assert.That(f.QuerySelector("tr.slot.weak")!.TextContent, Does.Contain("(weak)"));
    }

    [Test]
    public void QuotesMarkTheSlotSpansOfEachClaim()
    {
        var quote = Mixed().QuerySelector("#finding-F001 li[data-claim=\"a:000\"] q.quote")!;
        Assert.That(quote.TextContent, Is.EqualTo("The talks in Riyadh lasted over four hours on February 18."));
        var marks = quote.QuerySelectorAll("mark");
        Assert.That(marks.Select(m => m.TextContent), Is.EqualTo(new[] { "Riyadh", "over four hours", "February 18" }));
        Assert.That(marks.Select(m => m.ClassName), Is.EqualTo(new[] { "place", "quantity", "time" }));
        Assert.That(marks[1].GetAttribute("title"), Is.EqualTo("duration > 4 hour"));
    }

    [Test]
    public void OverlappingSpansMergeIntoOneMark()
    {
        var quote = Mixed().QuerySelector("li[data-claim=\"c:000\"] q.quote")!;
        Assert.That(quote.TextContent, Is.EqualTo("Officials met in Riyadh for three hours."));
        var marks = quote.QuerySelectorAll("mark");
        Assert.That(marks.Select(m => m.TextContent), Is.EqualTo(new[] { "in Riyadh", "three hours" }));
        Assert.That(marks[0].ClassList, Is.EquivalentTo(new[] { "actor", "place" }));
    }

    [Test]
    public void SpansOutsideTheClaimAreClippedNotThrown()
    {
        var claim = SampleReports.Claim("a", SampleReports.TextA, "Rubio met Lavrov.", 1) with
        {
            // Starts before the claim and runs past its end: clipped to the whole quote.
            Places = System.Collections.Immutable.ImmutableArray.Create(new ClaimCheck.Extraction.PlaceMention("place:x", "x", new TextSpan(10, 500))),
            Actors = System.Collections.Immutable.ImmutableArray.Create(new ClaimCheck.Extraction.ActorMention("p", "p", new TextSpan(900, 3), ClaimCheck.Extraction.ActorRole.Agent, ClaimCheck.Extraction.ActorKind.Person)),
        };
        var report = SampleReports.Report(new[] { ("a", SampleReports.TextA) }, new[] { claim },
            System.Collections.Immutable.ImmutableArray.Create(SampleReports.Finding("F001", ClaimCheck.Comparison.FindingKind.Unique, 0.5, new[] { claim }, "alone")));
        var marks = Parse(report.ToHtml()).QuerySelectorAll("q.quote mark");
        Assert.That(marks.Select(m => m.TextContent), Is.EqualTo(new[] { "Rubio met Lavrov." }));
    }

    [Test]
    public void HostileTextAppearsAsTextNeverAsMarkup()
    {
        string html = SampleReports.Hostile().ToHtml();
        var doc = Parse(html);
        Assert.That(doc.QuerySelectorAll("script"), Is.Empty);
        Assert.That(doc.QuerySelectorAll("img"), Is.Empty);
        Assert.That(doc.QuerySelectorAll("b"), Is.Empty);
        Assert.That(doc.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))), Is.Empty);
        string text = doc.Body!.TextContent;
        Assert.That(text, Does.Contain("<script>alert(1)</script>"));
        Assert.That(text, Does.Contain("\"><img src=x onerror=alert(1)>"));
        Assert.That(doc.QuerySelector("td.title")!.TextContent, Is.EqualTo("<script>alert(1)</script>"));
        Assert.That(doc.QuerySelector("q.quote mark.quantity")!.TextContent, Is.EqualTo("<script>"));
        Assert.That(doc.QuerySelector("q.quote mark.quantity")!.GetAttribute("title"), Does.Contain("\"><b onmouseover=alert(1)>"));
    }

    [Test]
    public void HostileArticleThroughThePipelineIsEscaped()
    {
        var article = new Article("evil", "Officials said <script>alert(1)</script> and \"><img src=x onerror=alert(1)> twice.",
            title: "<script>alert(1)</script>", outlet: "\"><img src=x onerror=alert(1)>");
        var doc = Parse(CrossCheckPipeline.Default.Run(new[] { article }).ToHtml());
        Assert.That(doc.QuerySelectorAll("script"), Is.Empty);
        Assert.That(doc.QuerySelectorAll("[onerror]"), Is.Empty);
        Assert.That(doc.Body!.TextContent, Does.Contain("<script>alert(1)</script>"));
        Assert.That(doc.Body!.TextContent, Does.Contain("\"><img src=x onerror=alert(1)>"));
    }

    [Test]
    public void PageHasNoScriptAndNoExternalReference()
    {
        string html = SampleReports.Mixed().ToHtml();
        var doc = Parse(html);
        Assert.That(doc.QuerySelectorAll("script, link, img, iframe, object, embed"), Is.Empty);
        foreach (var e in doc.All)
            foreach (var a in e.Attributes.Where(a => a.Name is "src" or "href" or "xlink:href" or "srcset" or "action"))
                Assert.Fail($"<{e.LocalName} {a.Name}=\"{a.Value}\"> references something outside the page");
        Assert.That(html, Does.Not.Contain("http:").And.Not.Contain("https:").And.Not.Contain("url(").And.Not.Contain("@import"));
    }

    [Test]
    public void OutputIsDeterministic()
    {
        string first = SampleReports.Mixed().ToHtml();
        string second = SampleReports.Mixed().Render(new HtmlReportWriter());
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void EmptyReportSaysSo()
    {
        var empty = new CrossCheckReport(System.Collections.Immutable.ImmutableArray<SourceSummary>.Empty,
            System.Collections.Immutable.ImmutableArray<ClaimCheck.Extraction.Claim>.Empty, System.Collections.Immutable.ImmutableArray<ClaimCheck.Comparison.Finding>.Empty);
        var doc = Parse(empty.ToHtml());
        Assert.That(doc.QuerySelector("p.empty")!.TextContent, Is.EqualTo("No findings."));
        Assert.That(doc.QuerySelectorAll("svg"), Has.Length.EqualTo(1));
    }

    [Test]
    public void SampleCorpusRendersWithEveryClaimQuoted()
    {
        var report = CrossChecker.CheckFiles(TestData.SampleCorpus);
        var doc = Parse(report.ToHtml());
        Assert.That(doc.QuerySelectorAll("svg g.cell"), Has.Length.EqualTo(report.Sources.Length * report.Sources.Length));
        Assert.That(doc.QuerySelectorAll("li.claim"), Has.Length.EqualTo(report.Findings.Sum(f => f.ClaimIds.Length)));
    }

    [Test]
    public void ElementIdsAreUniqueEvenWhenAClaimIsInSeveralFindings()
    {
        var ids = Mixed().All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.That(ids, Is.Unique);
    }
}
