using ClaimCheck.Extraction;
using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

/// <summary>
/// Longest-match lookup of phrases over tokens. A first word shared by many phrases ("the …") is looked up through the second
/// word; the answers must be those of trying every phrase, longest first, later additions first among equal lengths.
/// </summary>
public class PhraseIndexTests
{
    private static (int Length, string? Value) Match(PhraseIndex<string> index, string text, int token = 0, bool byLemma = false)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        return index.TryMatch(text, tokens, token, byLemma, out int length, out var value) ? (length, value) : (0, null);
    }

    private static PhraseIndex<string> Names()
    {
        var index = new PhraseIndex<string>();
        // more than a handful of phrases start with "the": the grouped path
        foreach (var (phrase, id) in new[]
        {
            ("the Kremlin", "kremlin"), ("the White House", "white-house"), ("the United States", "us"),
            ("the United Nations", "un"), ("the United Nations Security Council", "unsc"), ("the EU", "eu"),
            ("the Hague", "hague"), ("the", "article"), ("the US", "us-upper"),
        })
            index.Add(phrase, id);
        index.Add("the Kremlin", "kremlin-later"); // same length, added later: wins
        index.Add("Riyadh", "riyadh"); // a first word with one phrase: the short path
        return index;
    }

    [TestCase("the United Nations Security Council met", 5, "unsc")]
    [TestCase("the United Nations met", 3, "un")]
    [TestCase("the United States and Russia", 3, "us")]
    [TestCase("the White House said", 3, "white-house")]
    [TestCase("the Kremlin said", 2, "kremlin-later")]
    [TestCase("the EU said", 2, "eu")]
    [TestCase("the talks ended", 1, "article")]
    [TestCase("the", 1, "article")]
    [TestCase("Riyadh hosted", 1, "riyadh")]
    public void LongestPhraseWins(string text, int length, string value) =>
        Assert.That(Match(Names(), text), Is.EqualTo((length, value)));

    [Test]
    public void CaseRulesHoldOnTheGroupedPath()
    {
        var index = Names();
        // "US" written in capitals must meet exactly that spelling; "us" the pronoun is not the United States
        Assert.That(Match(index, "the US delegation"), Is.EqualTo((2, "us-upper")));
        Assert.That(Match(index, "the us delegation"), Is.EqualTo((1, "article")));
        // capitalised phrase words need a capitalised token
        Assert.That(Match(index, "the white house of cards"), Is.EqualTo((1, "article")));
    }

    [Test]
    public void AWordThatStartsNoPhraseMatchesNothing()
    {
        Assert.That(Match(Names(), "talks in Riyadh"), Is.EqualTo((0, (string?)null)));
        Assert.That(Match(Names(), "talks in Riyadh", token: 2), Is.EqualTo((1, "riyadh")));
    }

    [Test]
    public void LemmaPhrasesMatchInflectedForms()
    {
        var index = new PhraseIndex<string>();
        foreach (var (p, v) in new[] { ("agree", "agree"), ("agree to", "agree-to"), ("agree on", "agree-on"), ("agree with", "agree-with"), ("agree upon", "agree-on"), ("agree in principle", "agree-principle") })
            index.Add(p, v, byLemma: true);
        Assert.That(Match(index, "agreed in principle to meet", byLemma: true), Is.EqualTo((3, "agree-principle")));
        Assert.That(Match(index, "agreed on a plan", byLemma: true), Is.EqualTo((2, "agree-on")));
        Assert.That(Match(index, "agreed yesterday", byLemma: true), Is.EqualTo((1, "agree")));
    }
}
