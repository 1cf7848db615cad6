using static ClaimCheck.Tests.Extraction.ExtractionHelper;

namespace ClaimCheck.Tests.Extraction;

public class PredicateTests
{
    [TestCase("U.S. and Russian representatives held talks in Riyadh for over four hours.", "talk", "talks")]
    [TestCase("The negotiations in Riyadh lasted four and a half hours on Tuesday.", "talk", "negotiations")]
    [TestCase("The discussions between the delegations were respectful and calm.", "talk", "discussions")]
    [TestCase("The meeting in Riyadh is attended by Russian Foreign Minister Sergey Lavrov.", "talk", "meeting")]
    [TestCase("The two sides would appoint high level teams to seek to end the war.", "establish", "appoint")]
    [TestCase("Both delegations agreed to set up high-level negotiating teams.", "establish", "set up")]
    [TestCase("Russia and the U.S. have also agreed to establish high-level teams.", "establish", "establish")]
    [TestCase("The US and Russia have agreed to restore their previous embassy staffing levels.", "restore", "restore")]
    [TestCase("Officials took the necessary steps to normalize the work of diplomatic missions.", "restore", "normalize")]
    [TestCase("Ukrainian officials confirmed that Kyiv was invited to send observers.", "invite", "invited")]
    [TestCase("Foreign Minister Sergey Lavrov heads the Russian delegation in Riyadh.", "lead", "heads")]
    [TestCase("The US is represented by Secretary of State Marco Rubio and Mike Waltz.", "lead", "represented")]
    [TestCase("Trump spoke with Putin over the phone on February 12.", "call", "spoke with Putin over the phone")]
    public void PredicatesNormaliseThroughTheLexicon(string sentence, string predicate, string word)
    {
        var c = Claims(sentence).OrderByDescending(x => x.Text.Length).First();
        Assert.Multiple(() =>
        {
            Assert.That(c.Predicate, Is.EqualTo(predicate), c.Text);
            Assert.That(c.PredicateSpan, Is.Not.Null);
            string at = c.PredicateSpan!.Value.Of(sentence);
            Assert.That(at.Contains(word, StringComparison.Ordinal) || word.Contains(at, StringComparison.Ordinal), Is.True, $"the predicate span '{at}' points at '{word}'");
        });
    }

    [Test]
    public void NegatedEventsBecomeKeysOfTheirOwn()
    {
        var c = Containing(Claims("Zelensky signaled that Kiev was not invited to the talks."), "not invited");
        Assert.That(c.Keys, Does.Contain("not:invite"));
    }
}
