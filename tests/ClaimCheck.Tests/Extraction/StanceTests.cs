using ClaimCheck.Extraction;
using static ClaimCheck.Tests.Extraction.ExtractionHelper;

namespace ClaimCheck.Tests.Extraction;

public class StanceTests
{
    [TestCase("A meeting between Putin and Trump is unlikely to take place next week.", Polarity.Affirmed, Modality.Unlikely)]
    [TestCase("He said the meeting would probably not take place next week.", Polarity.Affirmed, Modality.Unlikely)]
    [TestCase("Ushakov said a Trump-Putin summit is likely to take place next week.", Polarity.Affirmed, Modality.Likely)]
    [TestCase("A summit next week is not unlikely, officials in Moscow said.", Polarity.Affirmed, Modality.Possible)]
    [TestCase("Zelensky signaled that Kiev was not invited to the talks.", Polarity.Negated, Modality.Asserted)]
    [TestCase("Kyiv was invited to send observers to the meeting.", Polarity.Affirmed, Modality.Asserted)]
    [TestCase("Neither Ukraine nor its EU backers are taking part in the talks.", Polarity.Negated, Modality.Asserted)]
    [TestCase("The host country did not arrange for a press conference or collective interviews.", Polarity.Negated, Modality.Asserted)]
    [TestCase("The delegation needn't sign the declaration in Riyadh.", Polarity.Negated, Modality.Asserted)] // not in the negator list: the n't ending
    [TestCase("The delegation needn’t sign the declaration in Riyadh.", Polarity.Negated, Modality.Asserted)]
    [TestCase("Russia and the U.S. could potentially collaborate on joint projects in the Arctic.", Polarity.Affirmed, Modality.Possible)]
    [TestCase("The two sides plan to form negotiation teams for future talks.", Polarity.Affirmed, Modality.Planned)]
    [TestCase("Russia demanded that NATO officially abandon the promise made in 2008.", Polarity.Affirmed, Modality.Demanded)]
    [TestCase("Ukraine cannot be excluded from discussions about Ukraine.", Polarity.Affirmed, Modality.Asserted)]
    public void PolarityAndModalityAreNormalised(string sentence, Polarity polarity, Modality modality)
    {
        var claims = Claims(sentence);
        var c = claims.OrderByDescending(x => x.Text.Length).First();
        Assert.Multiple(() =>
        {
            Assert.That(c.Polarity, Is.EqualTo(polarity), c.Text);
            Assert.That(c.Modality, Is.EqualTo(modality), c.Text);
        });
    }

    [Test]
    public void UnlikelyAndProbablyNotCompareAsTheSameStance()
    {
        var a = Containing(Claims("A meeting between Putin and Trump is unlikely to take place next week."), "unlikely");
        var b = Containing(Claims("Ushakov said the summit would probably not take place next week."), "probably");
        Assert.That((b.Polarity, b.Modality), Is.EqualTo((a.Polarity, a.Modality)));
    }

    /// <summary>The stance reads "n't" off the text: it must answer exactly as the token's folded lower-case form would.</summary>
    [Test]
    public void NtIsReadOffTheTextAsFromTheLowerCaseForm()
    {
        var texts = new[]
        {
            "DON'T, don’t, Isn’T, wouldn't, can't, n't, nt, don't's, Tn't, won’t-go, aren\u200D't, NT, ant, Kant, don\"t",
        }.Concat(ClaimCheck.Articles.ArticleReader.ReadPaths(new[] { TestData.SampleCorpus, TestData.PlantedCorpus }).Select(a => a.Text));
        int nt = 0;
        foreach (var text in texts)
            foreach (var t in Tokenizer.Tokenize(text, new TextSpan(0, text.Length)))
            {
                bool expected = t.Lower.EndsWith("n't", StringComparison.Ordinal);
                Assert.That(StanceAnalyzer.EndsWithNt(text, t), Is.EqualTo(expected), $"'{t.Span.Of(text)}'");
                if (expected) nt++;
            }
        Assert.That(nt, Is.GreaterThanOrEqualTo(6));
    }
}
