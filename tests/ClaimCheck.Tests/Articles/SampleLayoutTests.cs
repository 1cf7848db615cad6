using System.Text.Json;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public class SampleLayoutTests
{
    private static Article Sample(string prefix) => ArticleReader.ReadFile(TestData.SampleFile(prefix)).Single();

    private static Article Planted() => ArticleReader.ReadFile(Path.Combine(TestData.PlantedCorpus, "x01_planted.txt")).Single();

    private static IEnumerable<string> Texts(Article a, RegionKind kind) =>
        a.Regions.Where(r => r.Kind == kind).Select(r => r.Span.Of(a.Text));

    private static bool InBody(Article a, string quote)
    {
        int at = a.Text.IndexOf(quote, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{quote}' is not in {a.Id}");
        var span = new TextSpan(at, quote.Length);
        return a.BodySpans.Any(b => b.Contains(span));
    }

    [TestCase("000", "US-Russia Resume Diplomatic Talks with Goal of Ceasefire and Post-War Political and Economic Cooperation", "2025-02-20")]
    [TestCase("001", "US-Russia ties resurrect in Saudi Arabia", "2025-02-18")]
    [TestCase("002", "U.S.-Russia Diplomatic Talks in Saudi Arabia: A New Chapter in Bilateral Relations", null)]
    [TestCase("003", "US and Russia pave way for ending Ukraine war", "2025-03-02")]
    [TestCase("004", "US-Russia talks begin in Saudi Arabia", "2025-02-18")]
    public void SampleTitleAndDatelineAreRecognised(string prefix, string title, string? published)
    {
        var a = Sample(prefix);
        Assert.That(a.Title, Is.EqualTo(title));
        Assert.That(a.Published, Is.EqualTo(published is null ? (DateOnly?)null : DateOnly.Parse(published)));
        Assert.That(Texts(a, RegionKind.Title).Single(), Is.EqualTo(title));
        Assert.That(a.Notices, Is.Empty);
    }

    [Test]
    public void PlantedArticleHasTitleLineAndDate()
    {
        var a = Planted();
        Assert.That(a.Title, Is.EqualTo("Planted test report on the Riyadh talks (written for testing: it deliberately contradicts the other reports)"));
        Assert.That(a.Published, Is.EqualTo(new DateOnly(2025, 2, 19)));
        Assert.That(InBody(a, "The U.S. delegation was led by Vice President JD Vance."), Is.True);
    }

    [Test]
    public void DatePrefixOfTheFirstLineIsTheDateline()
    {
        var a = Sample("001");
        Assert.That(Texts(a, RegionKind.Dateline).Single(), Is.EqualTo("date 2025-02-18"));
    }

    [Test]
    public void BylineIsTheBareNameAndTheWrittenByLine()
    {
        var a = Sample("003");
        Assert.That(a.Byline, Is.EqualTo("Raunaq Mohammad"));
        Assert.That(Texts(a, RegionKind.Byline), Is.EqualTo(new[] { "Raunaq Mohammad", "Written by Raunaq Mohammad" }));
        Assert.That(Texts(a, RegionKind.Dateline).Single(), Is.EqualTo("2nd March 2025"));
    }

    [TestCase("000", "71bcf10ee1aa6db89000b74066015cf4.jpeg")]
    [TestCase("000", "Tags:")]
    [TestCase("001", "Photo: Telegram/Foreign Ministry by Unknown author")]
    [TestCase("002", "Sources:")]
    [TestCase("002", "Top Russian and American officials will hold talks on ending the Ukraine war without Kyiv")]
    [TestCase("002", "Who are the Russian officials meeting with US team in Saudi Arabia?")]
    [TestCase("002", "Top U.S., Russian diplomats meet on improving ties, ending Ukraine ...")]
    [TestCase("002", "Comments")]
    [TestCase("002", "Post a Comment")]
    [TestCase("003", "Previous")]
    [TestCase("003", "US Trade on The Brink - Is a strategy change needed?")]
    [TestCase("003", "Next")]
    [TestCase("003", "Apple’s quiet shift to India")]
    [TestCase("004", "Russian Foreign Minister Sergey Lavrov arrives in Riyadh, Saudi Arabia, for talks with the US delegation. ©Russian Foreign Ministry")]
    [TestCase("004", "No comments:")]
    public void BoilerplateIsNotBody(string prefix, string furniture)
    {
        var a = Sample(prefix);
        int at = a.Text.IndexOf(furniture, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0));
        var span = new TextSpan(at, furniture.Length);
        Assert.That(a.BodySpans.Any(b => b.Overlaps(span)), Is.False, furniture);
        Assert.That(a.Regions.Any(r => r.Kind == RegionKind.Boilerplate && r.Span.Contains(span)), Is.True, furniture);
    }

    [TestCase("001", "Bilateral Relations")]
    [TestCase("001", "Negotiation Outcomes")]
    [TestCase("002", "Backdrop of the Talks")]
    [TestCase("002", "Key Participants")]
    [TestCase("004", "Musk reacts to upcoming US-Russia talks")]
    public void ShortLinesWithoutFinalPunctuationAreHeadings(string prefix, string heading)
    {
        Assert.That(Texts(Sample(prefix), RegionKind.Heading), Does.Contain(heading));
    }

    [Test]
    public void RepeatedTitleLinesAreHeadings()
    {
        var a = Sample("004");
        Assert.That(Texts(a, RegionKind.Heading).Count(t => t == "US-Russia talks begin in Saudi Arabia"), Is.EqualTo(2));
    }

    [TestCase("000", "U.S. President Donald Trump has taken a strong lead in pushing for a ceasefire in the Russia-Ukraine war")]
    [TestCase("001", "the parties will sign the peace agreement as part of реу third stage.")]
    [TestCase("001", "Ukraine conflict resolution brings USA and Russia close as never before")]
    [TestCase("002", "Ceasefire Agreement in Ukraine: Both nations are exploring the possibility")]
    [TestCase("002", "The discussions are centered on two main objectives:")]
    [TestCase("002", "The global community remains watchful, hopeful that these negotiations will pave the way for lasting peace and stability in the region.")]
    [TestCase("003", "describing Tuesday’s meeting as a “surprise”")]
    [TestCase("003", "French President Emmanuel Macron is planning an emergency meeting of European leaders on Wednesday")]
    [TestCase("004", "He acknowledged, however, that Ukraine has a “low chance” of winning without American support.")]
    public void RealSentencesAreInBody(string prefix, string sentence)
    {
        Assert.That(InBody(Sample(prefix), sentence), Is.True);
    }

    [TestCase("riyadh-2025.json")]
    [TestCase("riyadh-2025-planted.json")]
    public void EveryGoldQuoteIsInABodyRegion(string gold)
    {
        var articles = ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus }).ToDictionary(a => a.Id);
        using var doc = JsonDocument.Parse(File.ReadAllText(TestData.Gold(gold)));
        int checkedQuotes = 0;
        foreach (var fact in doc.RootElement.GetProperty("facts").EnumerateArray())
        {
            foreach (var m in fact.GetProperty("mentions").EnumerateArray())
            {
                var a = articles[m.GetProperty("source").GetString()!];
                Assert.That(InBody(a, m.GetProperty("quote").GetString()!), Is.True, m.GetProperty("quote").GetString());
                checkedQuotes++;
            }
        }
        Assert.That(checkedQuotes, Is.GreaterThan(10));
    }

    [Test]
    public void RegionsAreSortedDisjointAndTrimmed()
    {
        foreach (var a in ArticleReader.ReadPaths(new[] { TestData.SampleCorpus }))
        {
            for (int i = 0; i < a.Regions.Length; i++)
            {
                var s = a.Regions[i].Span;
                Assert.That(char.IsWhiteSpace(a.Text[s.Start]) || char.IsWhiteSpace(a.Text[s.End - 1]), Is.False, a.Id);
                if (i > 0) Assert.That(a.Regions[i - 1].Span.End, Is.LessThanOrEqualTo(s.Start), a.Id);
            }
        }
    }
}
