using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public class LayoutTests
{
    private static IEnumerable<(RegionKind Kind, string Text)> Regions(Article a) =>
        a.Regions.Select(r => (r.Kind, r.Span.Of(a.Text)));

    [TestCase("2025-02-20")]
    [TestCase(" date 2025-02-20")]
    [TestCase("20th February 2025")]
    [TestCase("Thursday, 20 February 2025")]
    [TestCase("February 20, 2025")]
    [TestCase("Feb. 20, 2025")]
    [TestCase("20 Feb 2025")]
    [TestCase("Published: 20 February 2025, 10:30 GMT")]
    public void DatelineShapesSetPublished(string dateline)
    {
        var a = ArticleReader.ReadText("t", $"A title line\n\n{dateline}\n\nThe talks ended on time.");
        Assert.That(a.Published, Is.EqualTo(new DateOnly(2025, 2, 20)));
        Assert.That(Regions(a).Single(r => r.Kind == RegionKind.Dateline).Text, Is.EqualTo(dateline.Trim()));
        Assert.That(a.Title, Is.EqualTo("A title line"));
    }

    [Test]
    public void ImpossibleDateIsNotADateline()
    {
        var a = ArticleReader.ReadText("t", "Title\n\n31 February 2025\n\nBody text here.");
        Assert.That(a.Published, Is.Null);
    }

    [Test]
    public void OffsetsIndexTheTextExactlyWithCarriageReturns()
    {
        const string text = "Talks open\r\n\r\nBy Jane Doe\r\n\r\nThe delegations met for four hours.\r\nThey agreed to meet again.\r\n";
        var a = ArticleReader.ReadText("crlf", text);
        Assert.That(a.Text, Is.EqualTo(text));
        Assert.That(Regions(a), Is.EqualTo(new[]
        {
            (RegionKind.Title, "Talks open"),
            (RegionKind.Byline, "By Jane Doe"),
            (RegionKind.Body, "The delegations met for four hours.\r\nThey agreed to meet again."),
        }));
        Assert.That(a.Byline, Is.EqualTo("Jane Doe"));
    }

    [Test]
    public void LabelLinesStayInTheBodyAndHeadingsDoNot()
    {
        const string text = "Title\n\nThe talks began on Monday in the Saudi capital.\nMain Issues\nCeasefire: Both sides want one soon\nKey points include:\nThe end.";
        var a = ArticleReader.ReadText("t", text);
        Assert.That(Regions(a), Is.EqualTo(new[]
        {
            (RegionKind.Title, "Title"),
            (RegionKind.Body, "The talks began on Monday in the Saudi capital."),
            (RegionKind.Heading, "Main Issues"),
            (RegionKind.Body, "Ceasefire: Both sides want one soon\nKey points include:\nThe end."),
        }));
    }

    [Test]
    public void CaptionEndingInACopyrightCreditIsBoilerplate()
    {
        var a = ArticleReader.ReadText("t", "Title\n\nThe minister arrives in Riyadh. ©Reuters/Jane Doe\n\nThe talks began.");
        Assert.That(Regions(a).Select(r => r.Kind), Is.EqualTo(new[] { RegionKind.Title, RegionKind.Boilerplate, RegionKind.Body }));
    }

    [Test]
    public void ParagraphAfterAListStarterEndsTheList()
    {
        const string text = "Title\n\nRelated\nOne headline here\nAnother headline here\n\nThe talks in Riyadh lasted more than four hours and ended with a joint statement from both delegations.";
        var a = ArticleReader.ReadText("t", text);
        Assert.That(Regions(a).Select(r => r.Kind), Is.EqualTo(new[] { RegionKind.Title, RegionKind.Boilerplate, RegionKind.Body }));
    }

    [Test]
    public void OverlongTextIsCutWithANotice()
    {
        var a = ArticleReader.ReadText("t", "Title\n\nOne two three four five six seven.", new CrossCheckOptions { MaxArticleChars = 20 });
        Assert.That(a.Text, Is.EqualTo("Title\n\nOne two three"));
        Assert.That(a.Notices.Single(), Does.Contain("MaxArticleChars").And.Contain("20 of 41"));
    }

    [Test]
    public void CutNeverSplitsASurrogatePair()
    {
        var a = ArticleReader.ReadText("t", "Title 😀 more", new CrossCheckOptions { MaxArticleChars = 7 });
        Assert.That(a.Text, Is.EqualTo("Title "));
    }

    [Test]
    public void WhiteSpaceOnlyTextIsAnEmptyArticle()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadText("blank", " \n\t\n"));
        Assert.That(e!.Message, Is.EqualTo("blank: empty article"));
    }
}
