using System.Text;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public class HtmlReadingTests
{
    private const string Page = """
        <html><head><title>Talks - Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="Jane Doe">
        <link rel="canonical" href="https://example.com/talks">
        </head><body>
        <nav><a href="/">Home</a> <a>World</a></nav>
        <script>var x = "<p>not text</p>";</script>
        <article>
        <h1>Talks open in Riyadh</h1>
        <time datetime="2025-02-18T09:00:00Z">18 February 2025</time>
        <p>The delegations met for <b>four</b>   hours.
        They agreed to meet again.</p>
        <figure><img src="x.jpg"><figcaption>Lavrov arrives.</figcaption></figure>
        <h2>Next steps</h2>
        <p>Teams will be named <i>soon.</p>
        <ul><li>Ukraine was not invited.</li><li>Europe was not invited.</li></ul>
        <div>Unclosed <span>tags remain readable.
        </article>
        <footer>Copyright Example News</footer>
        </body></html>
        """;

    private const string Expected =
        "Talks open in Riyadh\n\n18 February 2025\n\nThe delegations met for four hours. They agreed to meet again.\n\nNext steps\n\n" +
        "Teams will be named soon.\n\nUkraine was not invited.\nEurope was not invited.\n\nUnclosed tags remain readable.";

    [Test]
    public void ArticleTextIsExtractedWithoutPageFurniture()
    {
        var a = ArticleReader.ReadHtml("page", Page);
        Assert.That(a.Text, Is.EqualTo(Expected));
        Assert.That(a.Title, Is.EqualTo("Talks open in Riyadh"));
        Assert.That(a.Published, Is.EqualTo(new DateOnly(2025, 2, 18)));
        Assert.That(a.Outlet, Is.EqualTo("Example News"));
        Assert.That(a.Byline, Is.EqualTo("Jane Doe"));
        Assert.That(a.Url, Is.EqualTo("https://example.com/talks"));
    }

    [Test]
    public void RegionsIndexTheExtractedText()
    {
        var a = ArticleReader.ReadHtml("page", Page);
        Assert.That(a.Regions.Select(r => (r.Kind, r.Span.Start, r.Span.Of(a.Text))), Is.EqualTo(new[]
        {
            (RegionKind.Title, 0, "Talks open in Riyadh"),
            (RegionKind.Dateline, 22, "18 February 2025"),
            (RegionKind.Body, 40, "The delegations met for four hours. They agreed to meet again."),
            (RegionKind.Heading, 104, "Next steps"),
            (RegionKind.Body, 116, "Teams will be named soon.\n\nUkraine was not invited.\nEurope was not invited.\n\nUnclosed tags remain readable."),
        }));
    }

    [Test]
    public void BodyIsUsedWhenThereIsNoArticleElement()
    {
        const string html = "<title>Head title</title><meta property=\"og:title\" content=\"Social title\"><header>Menu</header>" +
                            "<p>First paragraph.<br>Second line.</p><aside>Ad</aside><footer>Foot</footer>";
        var a = ArticleReader.ReadHtml("plain", html);
        Assert.That(a.Text, Is.EqualTo("First paragraph.\nSecond line."));
        Assert.That(a.Title, Is.EqualTo("Social title"));
    }

    [Test]
    public void PublishedTimeMetaWinsOverTimeElement()
    {
        const string html = "<meta property=\"article:published_time\" content=\"2025-02-19T08:00:00+03:00\"><main><time datetime=\"2025-01-01\">x</time><p>Body.</p></main>";
        Assert.That(ArticleReader.ReadHtml("m", html).Published, Is.EqualTo(new DateOnly(2025, 2, 19)));
    }

    [Test]
    public void HtmlWithoutTextIsRefused()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadHtml("empty", "<html><script>x()</script><nav>Home</nav></html>"));
        Assert.That(e!.Problem, Does.StartWith("empty article"));
    }

    [Test]
    public void DeepNestingIsFlattenedWithANotice()
    {
        var html = new StringBuilder("<body>");
        for (int i = 0; i < 3000; i++) html.Append("<div>");
        html.Append("Deep text.");
        var a = ArticleReader.ReadHtml("deep", html.ToString(), new CrossCheckOptions { MaxNestingDepth = 4 });
        Assert.That(a.Text, Is.EqualTo("Deep text."));
        Assert.That(a.Notices.Single(), Does.Contain("flattened"));
    }

    [Test]
    public void HostileNestingIsFlattenedBeforeParsingAndStaysFast()
    {
        var html = new StringBuilder("<body><p>Intro.</p>");
        for (int i = 0; i < 100_000; i++) html.Append(i % 2 == 0 ? "<div>" : "<span>");
        html.Append("Deep text.");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var a = ArticleReader.ReadHtml("hostile", html.ToString());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(a.Text, Is.EqualTo("Intro.\n\nDeep text."));
        Assert.That(a.Notices.Single(), Does.Contain("flattened"));
    }

    [Test]
    public void UnclosedParagraphsAndScriptTagsAreNotDeepNesting()
    {
        var html = new StringBuilder("<script>var s = '");
        for (int i = 0; i < 2000; i++) html.Append("<div>");
        html.Append("';</script>");
        for (int i = 0; i < 2000; i++) html.Append("<p>Line ").Append(i).Append('.');
        var a = ArticleReader.ReadHtml("sloppy", html.ToString());
        Assert.That(a.Notices, Is.Empty);
        Assert.That(a.Text, Does.StartWith("Line 0.\n\nLine 1.\n\n"));
    }

    [Test]
    public void HtmlFileIsDispatchedByExtension()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cc-{Guid.NewGuid():N}.htm");
        File.WriteAllText(path, "<h1>T</h1><p>Body.</p>");
        try
        {
            var a = ArticleReader.ReadFile(path).Single();
            Assert.That(a.Text, Is.EqualTo("T\n\nBody."));
            Assert.That(a.Title, Is.EqualTo("T"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
