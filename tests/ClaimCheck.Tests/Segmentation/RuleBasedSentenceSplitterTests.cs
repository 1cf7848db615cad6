using System.Diagnostics;
using ClaimCheck.Segmentation;

namespace ClaimCheck.Tests.Segmentation;

public class RuleBasedSentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var spans = new List<TextSpan>();
        RuleBasedSentenceSplitter.Instance.Split(text, new TextSpan(0, text.Length), spans);
        return spans.Select(s => s.Of(text)).ToArray();
    }

    [Test]
    public void SpansAreExactTrimmedAndInOrder()
    {
        const string text = "  First one.  Second one!\n\nThird? ";
        var spans = new List<TextSpan>();
        RuleBasedSentenceSplitter.Instance.Split(text, new TextSpan(0, text.Length), spans);
        Assert.That(spans, Is.EqualTo(new[] { new TextSpan(2, 10), new TextSpan(14, 11), new TextSpan(27, 6) }));
    }

    [Test]
    public void OnlyTheGivenRangeIsSplit()
    {
        const string text = "Skip this. Take this. And this. Skip too.";
        var spans = new List<TextSpan>();
        RuleBasedSentenceSplitter.Instance.Split(text, TextSpan.FromBounds(11, 31), spans);
        Assert.That(spans.Select(s => s.Of(text)), Is.EqualTo(new[] { "Take this.", "And this." }));
    }

    [TestCase("Mr. Smith met Mrs. Jones and Dr. Brown. They talked.", "Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked.")]
    [TestCase("Gen. Petraeus and Sen. Graham spoke with Rep. Smith at St. Paul's. It rained.", "Gen. Petraeus and Sen. Graham spoke with Rep. Smith at St. Paul's.", "It rained.")]
    [TestCase("Apple Inc. reported profits. The shares rose.", "Apple Inc. reported profits.", "The shares rose.")]
    [TestCase("He sued Acme Corp. and Widgets Ltd. over it. It failed.", "He sued Acme Corp. and Widgets Ltd. over it.", "It failed.")]
    [TestCase("It was Russia vs. Ukraine. Nobody won.", "It was Russia vs. Ukraine.", "Nobody won.")]
    [TestCase("Some allies, e.g. Poland, i.e. the east, agreed. Others did not.", "Some allies, e.g. Poland, i.e. the east, agreed.", "Others did not.")]
    [TestCase("He read resolution No. 5 aloud. Then he left.", "He read resolution No. 5 aloud.", "Then he left.")]
    [TestCase("They met on Feb. 18 in Riyadh. The talks ended.", "They met on Feb. 18 in Riyadh.", "The talks ended.")]
    [TestCase("It cost approx. 40 dollars in all. Then it rose.", "It cost approx. 40 dollars in all.", "Then it rose.")]
    [TestCase("They signed it in Washington. Then talks resumed.", "They signed it in Washington.", "Then talks resumed.")]
    [TestCase("The firm is Widgets Bros. Its rival is Acme.", "The firm is Widgets Bros.", "Its rival is Acme.")]
    public void AbbreviationsDoNotEndSentences(string text, string first, string second)
    {
        Assert.That(Split(text), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void EtceteraEndsASentenceOnlyBeforeACapital()
    {
        Assert.That(Split("They discussed trade, energy, etc. and more. Then etc. Russia agreed."),
            Is.EqualTo(new[] { "They discussed trade, energy, etc. and more.", "Then etc.", "Russia agreed." }));
    }

    [Test]
    public void InitialsStayInsideTheName()
    {
        Assert.That(Split("J. D. Vance met George W. Bush. They spoke."), Is.EqualTo(new[] { "J. D. Vance met George W. Bush.", "They spoke." }));
    }

    [Test]
    public void DecimalsAndMoneyStayWhole()
    {
        Assert.That(Split("Growth was 4.5 percent. A $2.5 billion deal followed."),
            Is.EqualTo(new[] { "Growth was 4.5 percent.", "A $2.5 billion deal followed." }));
    }

    [Test]
    public void EllipsisEndsBeforeACapitalAndContinuesBeforeLowerCase()
    {
        Assert.That(Split("He paused… and went on. Then silence... The end."),
            Is.EqualTo(new[] { "He paused… and went on.", "Then silence...", "The end." }));
    }

    [Test]
    public void ClosingQuotesAndBracketsBelongToTheEndingSentence()
    {
        Assert.That(Split("“We agreed,” he said.” Next came Lavrov. (It was late.) She left [quickly.] \"Fine.\" 'Done.' Over."),
            Is.EqualTo(new[] { "“We agreed,” he said.”", "Next came Lavrov.", "(It was late.)", "She left [quickly.]", "\"Fine.\"", "'Done.'", "Over." }));
    }

    [Test]
    public void QuestionInsideAQuoteContinuesBeforeLowerCase()
    {
        Assert.That(Split("“Really?” he asked. “Yes!” She nodded."), Is.EqualTo(new[] { "“Really?” he asked.", "“Yes!”", "She nodded." }));
    }

    [Test]
    public void SentencesMayStartWithAQuoteOrADigit()
    {
        Assert.That(Split("It ended. “We will see,” he said. 20,000 terminals were sent."),
            Is.EqualTo(new[] { "It ended.", "“We will see,” he said.", "20,000 terminals were sent." }));
    }

    [Test]
    public void UsEndsBeforeACommonSentenceOpenerButNotBeforeAName()
    {
        Assert.That(Split("Sanctions were imposed by the U.S. The Kremlin objected. The U.S. President spoke to the U.K. It helped."),
            Is.EqualTo(new[] { "Sanctions were imposed by the U.S.", "The Kremlin objected.", "The U.S. President spoke to the U.K.", "It helped." }));
    }

    [Test]
    public void UsBeforeLowerCaseOrHyphenContinues()
    {
        Assert.That(Split("U.S. officials and U.S.-Russia ties improved. Done."),
            Is.EqualTo(new[] { "U.S. officials and U.S.-Russia ties improved.", "Done." }));
    }

    [Test]
    public void SingleLineBreakInsideAParagraphDoesNotEndASentence()
    {
        Assert.That(Split("The delegations met in Riyadh for more than four\nhours on Tuesday. They agreed\nto meet again."),
            Is.EqualTo(new[] { "The delegations met in Riyadh for more than four\nhours on Tuesday.", "They agreed\nto meet again." }));
    }

    [Test]
    public void HeadingLineEndsAtTheLineBreak()
    {
        Assert.That(Split("Bilateral Relations\nThe U.S. and Russia agreed."), Is.EqualTo(new[] { "Bilateral Relations", "The U.S. and Russia agreed." }));
    }

    [Test]
    public void LineEndingInAColonEndsAndListLinesAreSentences()
    {
        Assert.That(Split("The talks had two main objectives:\nCeasefire: Both nations want one\n- Trade ties\n- Embassy staff"),
            Is.EqualTo(new[] { "The talks had two main objectives:", "Ceasefire: Both nations want one", "- Trade ties", "- Embassy staff" }));
    }

    [Test]
    public void LongLineWithoutFinalPunctuationEndsAtTheLineBreak()
    {
        const string line = "Ukrainian President Zelenskyy said he had rescheduled a visit to Saudi Arabia after the US-Russian talks, describing it as a “surprise”";
        Assert.That(Split(line + "\nYuri Ushakov said more."), Is.EqualTo(new[] { line, "Yuri Ushakov said more." }));
    }

    [Test]
    public void BlankLineAlwaysEndsASentence()
    {
        Assert.That(Split("A title without a stop\n\n  \nThe body starts here and continues"),
            Is.EqualTo(new[] { "A title without a stop", "The body starts here and continues" }));
        Assert.That(Split("Sanctions by the U.S.\r\n\r\nPresident Trump spoke."), Is.EqualTo(new[] { "Sanctions by the U.S.", "President Trump spoke." }));
    }

    [Test]
    public void CyrillicNoiseDoesNotBreakSplitting()
    {
        Assert.That(Split("The parties will sign the peace agreement as part of реу third stage. Russia and the U.S. agreed."),
            Is.EqualTo(new[] { "The parties will sign the peace agreement as part of реу third stage.", "Russia and the U.S. agreed." }));
    }

    [Test]
    public void HundredThousandWordsWithoutPunctuationSplitInLinearTime()
    {
        string text = string.Join(" ", Enumerable.Repeat("word", 100_000));
        var dots = string.Concat(Enumerable.Repeat("a.", 100_000));
        var watch = Stopwatch.StartNew();
        Assert.That(Split(text), Has.Length.EqualTo(1));
        Assert.That(Split(dots), Has.Length.EqualTo(1));
        Assert.That(Split(new string('\n', 100_000) + "x" + new string(' ', 100_000)), Is.EqualTo(new[] { "x" }));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void EmptyAndWhiteSpaceRangesGiveNothing()
    {
        Assert.That(Split(""), Is.Empty);
        Assert.That(Split(" \n\t "), Is.Empty);
    }
}
