using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public class JsonReadingTests
{
    [Test]
    public void ObjectFieldsBecomeMetadata()
    {
        const string json = """
            {"id": "s1", "title": "Talks open", "text": "Talks open\n\nThe delegations met. They agreed.",
             "published": "February 18, 2025", "source": "Example News", "url": "https://example.com/1", "author": "Jane Doe"}
            """;
        var a = ArticleReader.ReadJson("feed", json).Single();
        Assert.That(a.Id, Is.EqualTo("s1"));
        Assert.That(a.Title, Is.EqualTo("Talks open"));
        Assert.That(a.Published, Is.EqualTo(new DateOnly(2025, 2, 18)));
        Assert.That(a.Outlet, Is.EqualTo("Example News"));
        Assert.That(a.Url, Is.EqualTo("https://example.com/1"));
        Assert.That(a.Byline, Is.EqualTo("Jane Doe"));
        Assert.That(a.Regions.Select(r => (r.Kind, r.Span.Of(a.Text))), Is.EqualTo(new[]
        {
            (RegionKind.Title, "Talks open"),
            (RegionKind.Body, "The delegations met. They agreed."),
        }));
    }

    [Test]
    public void ArrayGivesOneArticlePerObjectWithDefaultIds()
    {
        const string json = """
            [{"text": "Body one is here."},
             {"id": 7, "text": "Body two is here.", "published": "2025-02-18T10:00:00+03:00", "byline": "Raunaq Mohammad"},
             {"text": "Body three.", "published": "someday"}]
            """;
        var list = ArticleReader.ReadJson("feed", json);
        Assert.That(list.Select(a => a.Id), Is.EqualTo(new[] { "feed#0", "7", "feed#2" }));
        Assert.That(list[0].Title, Is.Null);
        Assert.That(list[0].BodySpans.Single().Of(list[0].Text), Is.EqualTo("Body one is here."));
        Assert.That(list[1].Published, Is.EqualTo(new DateOnly(2025, 2, 18)));
        Assert.That(list[1].Byline, Is.EqualTo("Raunaq Mohammad"));
        Assert.That(list[2].Published, Is.Null);
        Assert.That(list[2].Notices.Single(), Does.Contain("someday"));
    }

    [Test]
    public void SingleObjectWithoutIdTakesTheSourceName()
    {
        Assert.That(ArticleReader.ReadJson("feed", "{\"text\": \"Body.\"}").Single().Id, Is.EqualTo("feed"));
    }

    [Test]
    public void MissingTextNamesTheIndex()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("feed", "[{\"text\": \"ok.\"}, {\"title\": \"no text\"}]"));
        Assert.That(e!.Problem, Does.StartWith("article [1] has no \"text\""));
        Assert.That(e.Source, Is.EqualTo("feed"));
    }

    [Test]
    public void NonStringTextNamesTheIndex()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("feed", "[{\"text\": 42}]"));
        Assert.That(e!.Problem, Does.StartWith("the \"text\" of article [0] is not a string"));
    }

    [Test]
    public void MalformedJsonReportsLineAndPosition()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("feed", "{\"text\": \"a\",\n  \"title\": }"));
        Assert.That(e!.Problem, Does.StartWith("malformed JSON"));
        Assert.That(e.Position, Does.Match(@"^line 2, position \d+$"));
        Assert.That(e.Message, Does.Contain("line 2, position"));
    }

    [Test]
    public void TrailingContentIsMalformed()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("feed", "{\"text\": \"a.\"} {}"));
        Assert.That(e!.Problem, Does.Contain("Additional text"));
    }

    [Test]
    public void NestingBeyondTheLimitIsRefused()
    {
        string json = "{\"text\": \"a.\", \"extra\": " + new string('[', 100) + new string(']', 100) + "}";
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("feed", json));
        Assert.That(e!.Problem, Does.Contain("MaxNestingDepth"));
    }

    [Test]
    public void TooManyArticlesIsAnInputLimit()
    {
        Assert.Throws<InputLimitException>(() => ArticleReader.ReadJson("feed", "[{\"text\":\"a.\"},{\"text\":\"b.\"},{\"text\":\"c.\"}]",
            new CrossCheckOptions { MaxArticlesPerFile = 2 }));
    }

    [TestCase("42")]
    [TestCase("[1]")]
    [TestCase("[]")]
    [TestCase("   ")]
    public void WrongShapesAreRefused(string json)
    {
        Assert.Throws<ArticleReadException>(() => ArticleReader.ReadJson("feed", json));
    }
}
